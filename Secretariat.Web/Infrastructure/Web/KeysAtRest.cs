using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>
/// The data-protection keys (they guard sign-in cookies, forms, the SMTP password and the robots' credentials) encrypted at rest with
/// a certificate from the configuration: <c>DataProtection:Certificate:Path</c> (a PKCS#12 .pfx with its private key) and
/// <c>DataProtection:Certificate:Password</c>; keys written under an earlier certificate stay readable while its file is named in
/// <c>DataProtection:PreviousCertificates:N:Path</c> / <c>:Password</c>. Without a certificate the keys are written as before, in
/// plain form (the first start, the tests, a machine whose disk is already encrypted), and the start-up log says so.
/// A certificate that cannot be read stops the start with the reason: the app never falls back to plain keys silently.
/// </summary>
public static class KeysAtRest
{
    public const string Section = "DataProtection";

    public static void Configure(IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (Load(section.GetSection("Certificate"), "DataProtection:Certificate") is { } current)
        {
            builder.ProtectKeysWithCertificate(current);
            var previous = section.GetSection("PreviousCertificates").GetChildren()
                .Select((c, i) => Load(c, $"DataProtection:PreviousCertificates:{i}")).OfType<X509Certificate2>().ToArray();
            builder.UnprotectKeysWithAnyCertificate([current, .. previous]);
        }
    }

    /// <summary>Whether keys are encrypted (for the start-up log).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration[$"{Section}:Certificate:Path"] is { Length: > 0 };

    private static X509Certificate2? Load(IConfigurationSection section, string name)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (!File.Exists(path)) throw new InvalidOperationException($"{name}:Path: 找不到证书文件 {path}（The certificate file {path} does not exist）。");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{name}: 无法读取证书 {path}（密码错误或不是 PKCS#12 文件）：{e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{name}: 证书 {path} 不含私钥，无法解密数据保护密钥（The certificate has no private key）。");
        if (certificate.GetRSAPublicKey() is null)
            throw new InvalidOperationException($"{name}: 证书 {path} 须为 RSA 证书（The certificate must hold an RSA key）。");
        return certificate;
    }
}
