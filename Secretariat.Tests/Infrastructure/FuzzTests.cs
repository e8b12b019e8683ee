using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Routing;

namespace Secretariat.Tests.Infrastructure;

/// <summary>An account holding every role, so that every policy passes and the bad values reach the endpoints themselves.</summary>
public sealed class FuzzFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateInTownAsync("fuzz", "fuzz", "fuzz-password-1", [.. Roles.All], "建设村");
        Assert.Null(refusal);
    }
}

/// <summary>
/// Seeded, bounded fuzzing over every mapped POST route and GET page: malformed values of each kind never answer 5xx,
/// and a refused request appends no event.
/// </summary>
public class FuzzTests(FuzzFixture app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzFixture>
{
    private const int CasesPerKind = 300;

    /// <summary>Routes that end the fuzzer's own session or belong to Hangfire's dashboard.</summary>
    private static readonly string[] Skipped = ["/sign-out", "/hangfire"];

    private static readonly string[] FieldNames =
    [
        "Attendee", "Basis", "Comment", "ConvenerPersonId", "CourseChildSocialWork", "CourseHours", "CourseTitle", "CutoffDate", "Date",
        "DelegatedOn", "DueOn", "EffectiveOn", "EndOn", "Evidence", "ExtraCourseRows", "Half", "Kind", "MeetingId", "Name", "Note", "Organiser",
        "OtherAttendees", "Place", "Presenter", "QualificationLevel", "QualifiedOn", "Reason", "ReceivedOn", "ResolutionRow", "StartOn",
        "Summary", "Text", "Time", "Title", "Unit", "UnitId", "Version", "Year", "version", "action", "comment", "MemberPersonId", "NewPersonName",
        "NewRole", "Body", "ProposedEffectiveOn", "PersonId", "Role", "Position",
        // 示范创建's forms
        "Answer", "Decision", "SeenVersion", "ResubmitBy", "KeepPrevious", "Signatory", "Opinion", "Link", "CoverageAsOf", "LedgerAsOf",
        "ContainsMinorsData", "Number", "Project", "Content", "Standard", "EvidenceText", "Kinds", "Minimum", "Period", "Lead", "Responsible",
        "Rows", "Table", "Town", "AssessmentYear", "EvidenceSince", "NegativeSince", "SubmissionDue", "ReviewFrom", "ReviewTo", "AcceptanceDue",
        // 账号管理 and 我的账号
        "UserName", "DisplayName", "Email", "Mobile", "Notice",
        // 通知设置 and 发送测试
        "SmtpOn", "SmtpHost", "SmtpPort", "SmtpSecurity", "SmtpUser", "SmtpPassword", "Sender", "SenderName", "DingTalkOn", "DingTalkWebhook",
        "DingTalkSecret", "WeComOn", "WeComWebhook", "AdjustmentWaitingDays", "Channel", "To"
    ];

    private static readonly string[] QueryNames = ["year", "asOf", "unit", "status", "page", "tab", "version", "rule", "severity", "state", "returnUrl", "body"];

    /// <summary>The kinds of bad value; each yields a value from the seeded generator.</summary>
    private static readonly (string Kind, Func<Random, string> Value)[] Kinds =
    [
        ("nul", r => $"a\0{r.Next()}\0"),
        ("overlong", r => new string('字', r.Next(2, 4) == 2 ? 5_000 : 60_000)),
        ("unparsable", r => new[] { "abc", "2026-13-45", "-1", "99999999999999999999", "1e9", "0x1F", "", " ", "2026/02/30", "NaN", "true" }[r.Next(11)]),
        ("ids", r => new[] { Guid.Empty.ToString(), Guid.NewGuid().ToString(), "00000000-0000-0000-0000-00000000000", "{" + Guid.NewGuid() + "}" }[r.Next(4)]),
        ("control", r => new[] { "\r\nSet-Cookie: x=1", "\t\v\f", "\u202e\u200b", "\ud800", "<script>alert(1)</script>", "'; drop table x; --", "../../etc/passwd", "%00%0d%0a" }[r.Next(8)])
    ];

    [Fact]
    public async Task No_malformed_value_of_any_kind_answers_5xx_and_a_refusal_changes_nothing()
    {
        var user = await SignedIn.AsAsync(app.Host, "fuzz", "fuzz-password-1");
        var routes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !Skipped.Any(s => (e.RoutePattern.RawText ?? "").StartsWith(s, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: m, Pattern: e.RoutePattern)))
            .Where(r => r.Method is "GET" or "POST").ToList();
        Assert.Contains(routes, r => r.Method == "POST");
        var ids = await StreamIdsAsync();
        var random = new Random(20261201);
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>();
        using var client = app.Host.Server.CreateClient();

        foreach (var (kind, value) in Kinds)
        {
            for (var i = 0; i < CasesPerKind; i++)
            {
                var (method, pattern) = routes[random.Next(routes.Count)];
                var url = Url(pattern, random, ids, kind == "ids" || random.Next(4) == 0 ? value(random) : null);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                request.Headers.Add("Cookie", user.Cookie);
                if (random.Next(3) == 0) request.Headers.Add("HX-Request", "true");
                var query = string.Join("&", Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => $"{QueryNames[random.Next(QueryNames.Length)]}={Uri.EscapeDataString(value(random))}"));
                if (method == "GET") request.RequestUri = new Uri(url + (url.Contains('?') ? "&" : "?") + query, UriKind.Relative);
                else request.Content = Body(random, kind, value, user.RequestToken);

                var before = await app.ScalarAsync("select count(*) from secretariat.mt_events");
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var bucket = $"{method} {status}";
                statuses[bucket] = statuses.GetValueOrDefault(bucket) + 1;
                if (status >= 500) failures.Add($"{kind}: {method} {request.RequestUri} -> {status}");
                if (status >= 400 && await app.ScalarAsync("select count(*) from secretariat.mt_events") != before)
                    failures.Add($"{kind}: {method} {request.RequestUri} -> {status} but events were appended");
            }
        }
        output.WriteLine(string.Join(", ", statuses.Select(p => $"{p.Key}: {p.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    private async Task<List<string>> StreamIdsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select id::text from secretariat.mt_streams order by id limit 200", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The route with its parameters filled: a real stream id, the fuzzed value, or a plain word.</summary>
    private static string Url(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, Random random, List<string> ids, string? fuzzed)
    {
        var parts = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
                text.Append(part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "body" } => new[] { "leading-group", "secretariat", "work-station", "x" }[random.Next(4)],
                    // A NUL in the path never reaches an app (the test server, like Kestrel, refuses it first): in the query and form instead.
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Uri.EscapeDataString(fuzzed is not null && random.Next(2) == 0
                        ? fuzzed.Replace("\0", "")
                        : ids.Count > 0 ? ids[random.Next(ids.Count)] : Guid.NewGuid().ToString()),
                    _ => ""
                });
            parts.Add(text.ToString());
        }
        return "/" + string.Join("/", parts);
    }

    private static HttpContent Body(Random random, string kind, Func<Random, string> value, string token)
    {
        var fields = Enumerable.Range(0, random.Next(1, 8)).Select(_ => (FieldNames[random.Next(FieldNames.Length)], value(random))).ToList();
        switch (random.Next(6))
        {
            case 0:
                // The wrong content type for a form.
                return new StringContent("{\"Title\":\"" + value(random).Replace("\"", "") + "\"}", Encoding.UTF8, "application/json");
            case 1:
                // Bytes that are not UTF-8, and a percent sign that escapes nothing.
                var raw = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Title=%ZZ&Text=").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();
                return new ByteArrayContent(raw) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } };
            case 2:
                var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                foreach (var (name, text) in fields) multipart.Add(new StringContent(text), name);
                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(value(random))), "materials", "x.docx");
                return multipart;
            default:
                return new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        }
    }
}
