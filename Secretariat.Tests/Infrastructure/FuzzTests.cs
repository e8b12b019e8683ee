using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Secretariat.Web.Infrastructure.Tenancy;

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
/// Seeded, bounded fuzzing over every mapped POST route and GET page, each under its town's path (<c>/t/tgy/...</c>, as the
/// pages link them) with ids of the records of its kind: malformed values of each kind never answer 5xx, a refused request
/// appends no event, a form posted as JSON or text answers 415, and a POST without a session is sent to sign-in.
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
        "NewRole", "Body", "ProposedEffectiveOn", "PersonId", "Role", "Position", "SignedOn", "Duty", "VillageId", "AllPresent", "ConfirmNoAttendance",
        // 示范创建's forms
        "Answer", "Decision", "SeenVersion", "ResubmitBy", "KeepPrevious", "Signatory", "Opinion", "Link", "CoverageAsOf", "LedgerAsOf",
        "ContainsMinorsData", "Number", "Project", "Content", "Standard", "EvidenceText", "Kinds", "Minimum", "Period", "Lead", "Responsible",
        "Rows", "Table", "Town", "AssessmentYear", "EvidenceSince", "NegativeSince", "SubmissionDue", "ReviewFrom", "ReviewTo", "AcceptanceDue",
        // 账号管理 and 我的账号
        "UserName", "DisplayName", "Email", "Mobile", "Notice", "Roles", "Disabled",
        // 通知设置 and 发送测试
        "SmtpOn", "SmtpHost", "SmtpPort", "SmtpSecurity", "SmtpUser", "SmtpPassword", "Sender", "SenderName", "DingTalkOn", "DingTalkWebhook",
        "DingTalkSecret", "WeComOn", "WeComWebhook", "AdjustmentWaitingDays", "Channel", "To",
        // 镇街信息
        "FullName", "OfficeIssuer", "StationIssuer", "CheckFrom"
    ];

    private static readonly string[] QueryNames =
        ["year", "asOf", "unit", "status", "page", "tab", "version", "rule", "severity", "state", "returnUrl", "body", "month", "id", "file", "project"];

    /// <summary>The kinds of bad value; each yields a value from the seeded generator.</summary>
    private static readonly (string Kind, Func<Random, string> Value)[] Kinds =
    [
        ("nul", r => $"a\0{r.Next()}\0"),
        ("overlong", r => new string('字', r.Next(2, 4) == 2 ? 5_000 : 60_000)),
        ("unparsable", r => new[] { "abc", "2026-13-45", "-1", "99999999999999999999", "1e9", "0x1F", "", " ", "2026/02/30", "NaN", "true" }[r.Next(11)]),
        ("ids", r => new[] { Guid.Empty.ToString(), Guid.NewGuid().ToString(), "00000000-0000-0000-0000-00000000000", "{" + Guid.NewGuid() + "}" }[r.Next(4)]),
        ("control", r => new[] { "\r\nSet-Cookie: x=1", "\t\v\f", "\u202e\u200b", "\ud800", "<script>alert(1)</script>", "'; drop table x; --", "../../etc/passwd", "%00%0d%0a" }[r.Next(8)]),
        // Dates a form takes, out of any sensible range (9999-12-31 once took a town's home page down), and at its edges.
        ("dates", r => new[] { "9999-12-31", "0001-01-01", "1899-12-31", "1999-12-31", "2999-01-01", "2000-01-01", "2026-02-29", "9999-12-31T23:59" }[r.Next(8)]),
        // Numbers a form or a query takes, out of range: a negative enum value once reached the roster as a body.
        ("numbers", r => new[] { "-1", "0", "-2147483648", "2147483647", "2147483648", "99999", "1.5", "-0", "+7", "1,2" }[r.Next(10)]),
        // Form routes posted with other bodies (JSON, text, XML) with a valid token in the header: 415, never a 500.
        ("content-type", r => new[] { "x", "{\"Title\":1}", "<a/>" }[r.Next(3)]),
        // Uploaded files named with NUL, control, bidirectional characters and paths.
        ("file-names", r => new[] { "a\0b.pdf", "invoice\u202Efdp.exe.pdf", "..\\..\\windows\\system32\\a.pdf", "C:\\fakepath\\报告.pdf", "a\r\nb.pdf",
            "\u2066签到表\u2069.pdf", "\u200f.pdf", "/etc/passwd" }[r.Next(8)]),
        // No session at all: a POST is sent to sign-in, whatever the route and body.
        ("anonymous", r => new[] { "x", "2026-12-01", "-1" }[r.Next(3)])
    ];

    [Fact]
    public async Task No_malformed_value_of_any_kind_answers_5xx_and_a_refusal_changes_nothing()
    {
        var user = await SignedIn.AsAsync(app.Host, "fuzz", "fuzz-password-1");
        var routes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !Skipped.Any(s => (e.RoutePattern.RawText ?? "").StartsWith(s, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: m, Pattern: e.RoutePattern, Town: !e.IsDistrictWide())))
            .Where(r => r.Method is "GET" or "POST").ToList();
        Assert.Contains(routes, r => r.Method == "POST");
        var posts = routes.Where(r => r.Method == "POST").ToList();
        var ids = await StreamIdsAsync();
        var random = new Random(20261201);
        var failures = new List<string>();
        var statuses = new SortedDictionary<string, int>();
        var requests = 0;
        using var client = app.Host.Server.CreateClient();

        foreach (var (kind, value) in Kinds)
        {
            for (var i = 0; i < CasesPerKind; i++)
            {
                // Content types and anonymous posts are about POST routes; file names are posted too.
                var (method, pattern, town) = kind is "content-type" or "anonymous" or "file-names" ? posts[random.Next(posts.Count)] : routes[random.Next(routes.Count)];
                var url = (town ? TownRouting.Prefix + SampleTownAccounts.Town : "")
                          + Url(pattern, random, ids, kind is "ids" || random.Next(4) == 0 ? value(random) : null);
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                var anonymous = kind == "anonymous";
                if (!anonymous) request.Headers.Add("Cookie", user.Cookie);
                if (random.Next(3) == 0) request.Headers.Add("HX-Request", "true");
                var query = string.Join("&", Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => $"{QueryNames[random.Next(QueryNames.Length)]}={Uri.EscapeDataString(value(random))}"));
                if (method == "GET") request.RequestUri = new Uri(url + (url.Contains('?') ? "&" : "?") + query, UriKind.Relative);
                else if (kind == "content-type")
                {
                    request.Headers.Add("RequestVerificationToken", user.RequestToken);
                    request.Content = new StringContent(value(random), Encoding.UTF8, new[] { "application/json", "text/plain", "application/xml" }[random.Next(3)]);
                }
                else request.Content = Body(random, kind, value, user.RequestToken);

                var before = await app.ScalarAsync("select count(*) from secretariat.mt_events");
                using var response = await client.SendAsync(request);
                requests++;
                var status = (int)response.StatusCode;
                var bucket = $"{method} {status}";
                statuses[bucket] = statuses.GetValueOrDefault(bucket) + 1;
                if (status >= 500) failures.Add($"{kind}: {method} {request.RequestUri} -> {status}");
                if (status >= 400 && await app.ScalarAsync("select count(*) from secretariat.mt_events") != before)
                    failures.Add($"{kind}: {method} {request.RequestUri} -> {status} but events were appended");
                if (kind == "content-type" && status != 415 && status is not (403 or 404))
                    failures.Add($"{kind}: {method} {request.RequestUri} ({request.Content!.Headers.ContentType}) -> {status}, not 415");
                if (anonymous && !(status == 302 && response.Headers.Location?.AbsolutePath == "/sign-in") && !(status == 401 && response.Headers.Contains("HX-Redirect"))
                    && !IsOpenToAnyone(pattern))
                    failures.Add($"{kind}: {method} {request.RequestUri} -> {status}, not sent to sign-in");
            }
        }
        output.WriteLine($"{requests} requests: " + string.Join(", ", statuses.Select(p => $"{p.Key}: {p.Value}")));
        output.WriteLine($"5xx: {statuses.Where(p => p.Key.EndsWith(" 500") || p.Key.Contains(" 5")).Sum(p => p.Value)}");
        foreach (var failure in failures.Take(200)) output.WriteLine("FAILURE " + failure[..Math.Min(failure.Length, 300)]);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    /// <summary>Sign-in itself answers anyone.</summary>
    private static bool IsOpenToAnyone(RoutePattern pattern) => pattern.RawText is "/sign-in";

    /// <summary>The sample town's stream ids by the kind of record (the route's first segment), so that a route mostly finds its record.</summary>
    private async Task<Dictionary<string, List<string>>> StreamIdsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select id::text, coalesce(type, '') from secretariat.mt_streams where tenant_id = 'tgy' order by id limit 2000", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new Dictionary<string, List<string>>();
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(1).Replace("_", "");
            if (!ids.TryGetValue(type, out var list)) ids[type] = list = [];
            list.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>The stream types a route's segments suggest (meetings → meeting, major-matters → majormatterreport...).</summary>
    private static readonly (string Segment, string Type)[] RecordKinds =
    [
        ("meetings", "meeting"), ("resolutions", "resolution"), ("adjustments", "memberadjustment"), ("reports", "semiannualreport"),
        ("people", "childworker"), ("sessions", "trainingsession"), ("campaigns", "campaign"), ("alerts", "compliancealert"),
        ("major-matters", "majormatterreport")
    ];

    /// <summary>The route with its parameters filled: a real stream id of its kind, the fuzzed value, or a plain word.</summary>
    private static string Url(RoutePattern pattern, Random random, Dictionary<string, List<string>> ids, string? fuzzed)
    {
        var literals = pattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Select(l => l.Content).ToList();
        var type = RecordKinds.LastOrDefault(k => literals.Contains(k.Segment)).Type;
        var own = type is not null && ids.TryGetValue(type, out var list) && list.Count > 0 ? list : ids.Values.SelectMany(l => l).ToList();
        var parts = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { Name: "body" } => new[] { "leading-group", "secretariat", "work-station", "x" }[random.Next(4)],
                    RoutePatternParameterPart { Name: "town" } => SampleTownAccounts.Town,
                    // A NUL in the path never reaches an app (the test server, like Kestrel, refuses it first): in the query and form instead.
                    RoutePatternParameterPart => Uri.EscapeDataString(fuzzed is not null && random.Next(2) == 0
                        ? fuzzed.Replace("\0", "")
                        : own.Count > 0 ? own[random.Next(own.Count)] : Guid.NewGuid().ToString()),
                    _ => ""
                });
            parts.Add(text.ToString());
        }
        return "/" + string.Join("/", parts);
    }

    private static HttpContent Body(Random random, string kind, Func<Random, string> value, string token)
    {
        var fields = Enumerable.Range(0, random.Next(1, 8)).Select(_ => (FieldNames[random.Next(FieldNames.Length)], value(random))).ToList();
        if (kind == "file-names")
        {
            // A real PDF's first bytes, so the name is what the upload is judged on.
            var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("no"), "ContainsMinorsData" } };
            foreach (var (name, text) in fields) upload.Add(new StringContent(text), name);
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
            var field = new[] { "attachment", "materials", "files", "evidence" }[random.Next(4)];
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename=\"{value(random).Replace("\"", "")}\"");
            upload.Add(file);
            return upload;
        }
        switch (random.Next(6))
        {
            case 0:
                // The wrong content type for a form, without a token in the header: the antiforgery check answers first.
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
