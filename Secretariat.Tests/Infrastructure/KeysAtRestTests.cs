using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace Secretariat.Tests.Infrastructure;

/// <summary>The app with its data-protection keys in a folder of its own, encrypted with a certificate made for the test (as README says).</summary>
public sealed class KeysAtRestFixture : AppFixture
{
    public string KeysDirectory { get; } = Path.Combine(Path.GetTempPath(), "secretariat-keys-at-rest-" + Guid.NewGuid().ToString("N"));
    public string CertificatePath { get; }
    public const string CertificatePassword = "keys-at-rest-test";

    public KeysAtRestFixture()
    {
        Directory.CreateDirectory(KeysDirectory);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Secretariat Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
        CertificatePath = Path.Combine(KeysDirectory + "-cert.pfx");
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    public void WithCertificate(IWebHostBuilder builder)
    {
        builder.UseSetting("DataProtection:KeysDirectory", KeysDirectory);
        builder.UseSetting("DataProtection:Certificate:Path", CertificatePath);
        builder.UseSetting("DataProtection:Certificate:Password", CertificatePassword);
    }

    protected override void Configure(IWebHostBuilder builder) => WithCertificate(builder);

    /// <summary>Its first start writes under its own keys.</summary>
    protected override bool StartsFromFirstStartCopy => false;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(KeysDirectory, recursive: true);
        File.Delete(CertificatePath);
    }
}

/// <summary>Data-protection keys encrypted at rest with the configured certificate (issue 25); a bad certificate stops the start.</summary>
public class KeysAtRestTests(KeysAtRestFixture app) : IClassFixture<KeysAtRestFixture>
{
    [Fact]
    public async Task The_keys_on_disk_are_encrypted_and_a_restarted_host_with_the_certificate_still_reads_the_sign_in_cookie()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var keys = Directory.GetFiles(app.KeysDirectory, "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key);
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
            Assert.DoesNotContain("unencrypted form", xml);
        }

        await using var restarted = await app.StartHostAsync(app.ConnectionString, app.WithCertificate);
        await restarted.Scenario(s =>
        {
            s.Get.Url("/t/tgy/");
            s.As(admin);
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_stops_the_start_with_the_reason()
    {
        var missing = await Assert.ThrowsAnyAsync<Exception>(() => app.StartHostAsync(app.ConnectionString, b =>
        {
            app.WithCertificate(b);
            b.UseSetting("DataProtection:Certificate:Path", app.CertificatePath + ".missing");
        }));
        Assert.Contains("找不到证书文件", Flatten(missing));
        var wrongPassword = await Assert.ThrowsAnyAsync<Exception>(() => app.StartHostAsync(app.ConnectionString, b =>
        {
            app.WithCertificate(b);
            b.UseSetting("DataProtection:Certificate:Password", "not-the-password");
        }));
        Assert.Contains("无法读取证书", Flatten(wrongPassword));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);
}
