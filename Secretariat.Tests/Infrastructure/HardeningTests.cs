using System.Net.Http;

namespace Secretariat.Tests.Infrastructure;

/// <summary>Malformed requests get a Chinese 400 that names the problem; every response carries the security headers.</summary>
public class HardeningTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<SignedIn> AdminAsync() => SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);

    [Fact]
    public async Task A_nul_character_in_a_form_field_answers_400_with_a_message_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url("/account/password");
            s.WriteFormData(new Dictionary<string, string>
            {
                ["current"] = AppFixture.AdminPassword, ["replacement"] = "new-pass\0word-1", ["confirmation"] = "new-pass\0word-1",
                ["__RequestVerificationToken"] = admin.RequestToken
            });
            s.As(admin);
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("表单内容无法读取", await result.ReadAsTextAsync());
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
        // The password did not change: the old one still signs in.
        await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
    }

    [Fact]
    public async Task A_query_value_that_does_not_parse_names_the_parameter_not_the_antiforgery_token()
    {
        var admin = await AdminAsync();
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/meetings?year=abc");
            s.As(admin);
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        var text = await result.ReadAsTextAsync();
        // The parameter by its Chinese name (with the address's own): 年份（year）.
        Assert.Contains("年份（year）的值“abc”格式不正确", text);
        Assert.DoesNotContain("安全令牌", text);
    }

    [Fact]
    public async Task A_post_without_a_token_still_says_the_form_expired()
    {
        var admin = await AdminAsync();
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url("/account/password");
            s.WriteFormData(new Dictionary<string, string> { ["current"] = "x" });
            s.As(admin);
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("表单已过期或缺少安全令牌", await result.ReadAsTextAsync());
    }

    [Theory]
    [InlineData("/sign-in", 200)]
    [InlineData("/css/site.css", 200)]
    [InlineData("/no-such-page", 404)]
    [InlineData("/t/tgy/", 200)]
    public async Task Every_response_carries_the_security_headers(string url, int status)
    {
        var admin = await AdminAsync();
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            if (url is "/t/tgy/" or "/no-such-page") s.As(admin);
            s.StatusCodeShouldBe(status);
        });
        var headers = result.Context.Response.Headers;
        Assert.Contains("frame-ancestors 'none'", headers.ContentSecurityPolicy.ToString());
        Assert.Contains("script-src 'self'", headers.ContentSecurityPolicy.ToString());
        Assert.DoesNotContain("unsafe-inline", headers.ContentSecurityPolicy.ToString());
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Equal("same-origin", headers["Referrer-Policy"].ToString());
        Assert.False(string.IsNullOrEmpty(headers["Permissions-Policy"].ToString()));
        Assert.False(headers.ContainsKey("Server"));
        Assert.False(headers.ContainsKey("blazor-enhanced-nav"));
    }

    [Fact]
    public async Task Pages_load_no_inline_script_and_name_fingerprinted_assets_cached_for_a_year()
    {
        var admin = await AdminAsync();
        var page = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/"); s.As(admin); })).ReadAsTextAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", page);
        Assert.DoesNotContain("onclick=", page);
        var css = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/css/site\\.css\\?v=[0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(css);
        var cached = await app.Host.Scenario(s => s.Get.Url(css));
        Assert.Equal("public, max-age=31536000, immutable", cached.Context.Response.Headers.CacheControl.ToString());
        var plain = await app.Host.Scenario(s => s.Get.Url("/css/site.css"));
        Assert.Equal("no-cache", plain.Context.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task A_page_compressed_is_smaller_than_40_percent_of_its_plain_size()
    {
        var admin = await AdminAsync();
        using var client = app.Host.Server.CreateClient();
        async Task<(long Bytes, string? Encoding)> FetchAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/t/tgy/roster/leading-group");
            request.Headers.Add("Cookie", admin.Cookie);
            if (encoding is not null) request.Headers.Add("Accept-Encoding", encoding);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return ((await response.Content.ReadAsByteArrayAsync()).LongLength, response.Content.Headers.ContentEncoding.FirstOrDefault());
        }
        var (plain, none) = await FetchAsync(null);
        var (brotli, br) = await FetchAsync("br");
        var (gzip, gz) = await FetchAsync("gzip");
        Assert.Null(none);
        Assert.Equal("br", br);
        Assert.Equal("gzip", gz);
        Assert.True(brotli < plain * 0.4, $"br {brotli} of {plain}");
        Assert.True(gzip < plain * 0.4, $"gzip {gzip} of {plain}");
    }

    [Fact]
    public async Task Scripts_and_styles_go_out_compressed_at_the_smallest_size_and_a_revalidation_is_a_304()
    {
        using var client = app.Host.Server.CreateClient();
        var file = await File.ReadAllBytesAsync(Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()!,
            "Secretariat.Web", "wwwroot", "lib", "htmx", "htmx.min.js"));
        async Task<HttpResponseMessage> FetchAsync(string? encoding, string? etag = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/htmx/htmx.min.js");
            if (encoding is not null) request.Headers.Add("Accept-Encoding", encoding);
            if (etag is not null) request.Headers.Add("If-None-Match", etag);
            return await client.SendAsync(request);
        }
        using var brotli = await FetchAsync("gzip, deflate, br");
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
        var brotliBytes = await brotli.Content.ReadAsByteArrayAsync();
        using (var decoded = new MemoryStream())
        {
            await using (var br = new System.IO.Compression.BrotliStream(new MemoryStream(brotliBytes), System.IO.Compression.CompressionMode.Decompress)) await br.CopyToAsync(decoded);
            Assert.Equal(file, decoded.ToArray());
        }
        // Brotli at quality 11: htmx 2's 50 KB in about 16 KB (23.3 KB at the pages' fastest level).
        Assert.True(brotliBytes.Length < 18_000, $"br {brotliBytes.Length}");
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);

        using var gzip = await FetchAsync("gzip");
        Assert.Equal("gzip", gzip.Content.Headers.ContentEncoding.Single());
        using (var decoded = new MemoryStream())
        {
            await using (var gz = new System.IO.Compression.GZipStream(await gzip.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress)) await gz.CopyToAsync(decoded);
            Assert.Equal(file, decoded.ToArray());
        }

        using var plain = await FetchAsync(null);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(file, await plain.Content.ReadAsByteArrayAsync());
        using var refused = await FetchAsync("br;q=0, gzip;q=0");
        Assert.Empty(refused.Content.Headers.ContentEncoding);

        using var again = await FetchAsync("br", brotli.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Cookies_are_secure_over_https_and_plain_over_http()
    {
        var https = await app.Host.Scenario(s =>
        {
            s.Get.Url("/sign-in");
            s.ConfigureHttpContext(c => c.Request.Scheme = "https");
        });
        Assert.All(https.Context.Response.Headers.SetCookie, c => Assert.Contains("secure", c!, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(https.Context.Response.Headers.SetCookie);
        var plain = await app.Host.Scenario(s => s.Get.Url("/sign-in"));
        Assert.All(plain.Context.Response.Headers.SetCookie, c => Assert.DoesNotContain("secure", c!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Signed_in_pages_are_not_stored_and_signing_out_clears_the_site_data()
    {
        var admin = await AdminAsync();
        var page = await app.Host.Scenario(s => { s.Get.Url("/t/tgy/roster/leading-group"); s.As(admin); });
        Assert.Contains("no-store", page.Context.Response.Headers.CacheControl.ToString());
        var signOut = await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-out");
            s.WriteFormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = admin.RequestToken });
            s.As(admin);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.Contains("\"storage\"", signOut.Context.Response.Headers["Clear-Site-Data"].ToString());
    }
}
