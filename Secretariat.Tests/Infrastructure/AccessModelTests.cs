using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Secretariat.Tests.Infrastructure;

/// <summary>One account for every role of the table (town roles in the sample town, a liaison bound to 建设村; district roles alone).</summary>
public sealed class EveryRoleFixture : AppFixture
{
    protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) => builder.UseSetting("Bench:Enabled", "true");

    /// <summary>A user name per role (a hash: 儿童主任 and 儿童督导员 begin alike).</summary>
    public static string UserOf(string role) => "role-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(role))).ToLowerInvariant()[..12];

    public const string Password = "every-role-password-1";

    public IReadOnlyDictionary<string, SignedIn> Users { get; private set; } = new Dictionary<string, SignedIn>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = new Dictionary<string, SignedIn>();
        foreach (var role in AccessModelTests.Expected.Roles)
        {
            var (_, refusal) = await accounts.CreateInTownAsync(UserOf(role), role, Password, [role], Permissions.NeedsUnit([role]) ? "建设村" : null);
            Assert.Null(refusal);
            users[role] = await SignedIn.AsAsync(Host, UserOf(role), Password);
        }
        Users = users;
    }
}

/// <summary>
/// The access model, tested from a copy of the permission table written out here (the specification): the app's table
/// must equal it, and every endpoint, called by every role and signed out, answers as it says. A role the table does
/// not give an endpoint's capability gets 403; one it gives never does (whatever else it gets: 404 for the made-up
/// ids, 400 for the missing antiforgery token). Changing one cell of the app's table fails both tests.
/// </summary>
public class AccessModelTests(EveryRoleFixture app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<EveryRoleFixture>
{
    /// <summary>
    /// The permission table as the tests expect it: A = all, U = the own unit's only, S = the work station's rules only,
    /// - = none. Columns in the order of <see cref="ExpectedTable.Roles"/>.
    /// </summary>
    public static readonly ExpectedTable Expected = ExpectedTable.Parse("""
                               管理员 办公室 组长 副组长 成员单位联络人 工作站 查阅 儿童督导员 儿童主任 区未保办 区管理员
        ReadTown                  A     A    A    A      A         A    A    A     A        A      -
        ReadUnitRecords           A     A    A    A      U         A    A    A     -        A      -
        FollowAlerts              A     A    A    A      U         S    A    S     U        A      -
        AnswerAlerts              -     A    A    A      U         S    -    S     U        -      -
        RunMeetings               -     A    -    -      -         -    -    -     -        -      -
        RunStationMeetings        -     -    -    -      -         A    -    -     -        -      -
        ProposeAgenda             -     A    -    -      U         -    -    -     -        -      -
        SignOffMinutes            -     -    A    A      -         -    -    -     -        -      -
        FollowUpResolutions       -     A    -    -      -         -    -    -     -        -      -
        ReportProgress            -     A    -    -      U         -    -    -     -        -      -
        ManageRoster              -     A    -    -      -         -    -    -     -        -      -
        EstablishBodies           A     A    -    -      -         -    -    -     -        -      -
        FileAdjustments           -     A    -    -      U         -    -    -     -        -      -
        HandleAdjustments         -     A    -    -      -         -    -    -     -        -      -
        ApproveAdjustments        -     -    A    -      -         -    -    -     -        -      -
        ActAsStationMaster        -     A    -    -      -         A    -    -     -        -      -
        ManageTraining            -     A    -    -      -         A    -    A     -        -      -
        WriteReports              -     -    -    -      -         A    -    -     -        -      -
        ReceiveReports            -     A    -    -      -         -    -    -     -        -      -
        ReportMajorMatters        -     A    -    -      -         -    -    -     -        -      -
        ManageCampaigns           -     A    -    -      -         -    -    -     -        -      -
        SubmitEvidence            -     A    -    -      U         -    -    -     -        -      -
        ReviewEvidence            -     A    -    -      -         A    -    -     -        -      -
        ReportRectification       -     A    -    -      U         -    -    -     -        -      -
        ReadMinorsData            -     A    A    A      -         A    -    A     -        A      -
        ReadMinorsDataLog         -     A    -    -      -         -    -    -     -        -      -
        ReadAccounts              A     A    -    -      -         -    -    -     -        -      -
        AdministerAccounts        A     -    -    -      -         -    -    -     -        -      -
        ConfigureNotifications    A     -    -    -      -         -    -    -     -        -      -
        ReadNotificationLog       A     A    -    -      -         -    -    -     -        -      -
        EditTownProfile           A     -    -    -      -         -    -    -     -        -      -
        RunCompliance             A     -    -    -      -         -    -    -     -        -      -
        ReadChildRegisters        -     A    -    -      -         A    -    A     U        -      -
        KeepChildRegisters        -     -    -    -      -         A    -    A     -        -      -
        RecordVisits              -     -    -    -      -         A    -    A     U        -      -
        ReadChildrenPersonalData  -     A    -    -      -         A    -    A     U        -      -
        ExportChildRegisters      -     A    -    -      -         A    -    A     -        -      -
        ReadCasework              -     A    -    -      -         A    -    A     -        -      -
        KeepServiceLedger         -     -    -    -      -         A    -    A     -        -      -
        HandleMandatoryReports    -     -    -    -      -         A    -    A     -        -      -
        KeepCasePlans             -     -    -    -      -         A    -    A     -        -      -
        AnswerReferrals           -     -    -    -      U         A    -    A     -        -      -
        RecordActivities          -     A    -    -      U         A    -    A     U        -      -
        RecordSuggestions         -     A    -    -      U         -    -    -     -        -      -
        RecordCapacity            -     A    -    -      -         A    -    A     -        -      -
        RecordStaffChecks         -     A    -    -      U         -    -    -     -        -      -
        ReadDirectorReviews       -     A    A    A      -         A    A    A     -        A      -
        ReviewChildDirectors      -     A    -    -      -         A    -    A     -        -      -
        ReadEveryTown             -     -    -    -      -         -    -    -     -        A      -
        InstructMajorMatters      -     -    -    -      -         -    -    -     -        A      -
        RunDistrictCampaigns      -     -    -    -      -         -    -    -     -        A      -
        AdministerDistrict        -     -    -    -      -         -    -    -     -        -      A
        """);

    /// <summary>
    /// Routes that end the caller's session, Hangfire's own dashboard (it answers a refusal with a redirect to /forbidden)
    /// and that 403 page itself.
    /// </summary>
    private static readonly string[] Skipped = ["/sign-out", "/hangfire", "/forbidden"];

    [Fact]
    public void The_app_s_permission_table_is_the_one_specified()
    {
        var actual = ExpectedTable.Of(Permissions.Table.Select(r => r.Name).ToList(), Permissions.ReachOfRole);
        Assert.Equal(Expected.ToString(), actual.ToString());
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_and_the_signed_out_as_the_table_says()
    {
        var answers = await WalkAsync();
        Assert.True(answers.Count > 1_200, $"only {answers.Count} calls");
        var wrong = Mismatches(answers, Expected);
        output.WriteLine($"{answers.Count} calls, {answers.Count(a => a.Status == 403)} answered 403, {wrong.Count} against the table");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(40)));

        // The walk sees a changed cell: the table with 查阅 allowed to run meetings, or the office no longer receiving reports.
        Assert.NotEmpty(Mismatches(answers, Expected.With(Roles.Reader, Capability.RunMeetings, Reach.All)));
        Assert.NotEmpty(Mismatches(answers, Expected.With(Roles.Secretariat, Capability.ReceiveReports, Reach.None)));
    }

    private sealed record Answer(string Method, string Pattern, string Url, string? Role, int Status, IReadOnlyList<IReadOnlyList<Capability>> Needs,
        bool SignedInOnly, bool Anonymous, bool DistrictWide, string? Location);

    private async Task<List<Answer>> WalkAsync()
    {
        var routes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !Skipped.Any(s => (e.RoutePattern.RawText ?? "").StartsWith(s, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .Where(r => r.Method is "GET" or "POST").ToList();
        var answers = new List<Answer>();
        using var client = app.Host.Server.CreateClient();
        foreach (var (method, endpoint) in routes)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var needs = policies.Select(Policies.CapabilitiesOf).OfType<IReadOnlyList<Capability>>().ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var districtWide = endpoint.Metadata.GetMetadata<Secretariat.Web.Infrastructure.Tenancy.DistrictWideAttribute>() is not null;
            var url = (districtWide ? "" : "/t/" + SampleTownAccounts.Town) + Fill(endpoint.RoutePattern);
            foreach (var role in Expected.Roles.Cast<string?>().Append(null))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (role is not null) request.Headers.Add("Cookie", app.Users[role].Cookie);
                // No antiforgery token: a POST the policies let through stops at the token check (400), before any handler.
                if (method == "POST") request.Content = new FormUrlEncodedContent([]);
                using var response = await client.SendAsync(request);
                answers.Add(new Answer(method, endpoint.RoutePattern.RawText ?? "", url, role, (int)response.StatusCode, needs,
                    policies.Contains(Policies.SignedIn), anonymous, districtWide, response.Headers.Location?.OriginalString));
            }
        }
        return answers;
    }

    /// <summary>The calls whose answer is not the table's: a 403 where the table allows, anything but 403 where it does not; no 5xx anywhere.</summary>
    private static List<string> Mismatches(IEnumerable<Answer> answers, ExpectedTable table)
    {
        var wrong = new List<string>();
        foreach (var a in answers)
        {
            var who = a.Role ?? "未登录";
            if (a.Status >= 500) { wrong.Add($"{a.Method} {a.Url} as {who}: {a.Status}"); continue; }
            if (a.Anonymous)
            {
                if (a.Status == 403) wrong.Add($"{a.Method} {a.Url} (anonymous) as {who}: 403");
                continue;
            }
            if (a.Role is null)
            {
                if (a.Status != 302 || a.Location?.Contains("/sign-in?", StringComparison.Ordinal) != true)
                    wrong.Add($"{a.Method} {a.Url} signed out: {a.Status} {a.Location} (expected the sign-in page)");
                continue;
            }
            var allowed = a.Needs.All(anyOf => anyOf.Any(c => table.ReachOf(a.Role, c) != Reach.None))
                // In a town: its members by their roles; a district role only if it reads towns, and only reading.
                && (a.DistrictWide || Permissions.IsTownRole(a.Role) || (table.ReachOf(a.Role, Capability.ReadTown) != Reach.None && a.Method == "GET"));
            if (allowed == (a.Status == 403))
                wrong.Add($"{a.Method} {a.Pattern} as {a.Role}: {a.Status}, the table {(allowed ? "allows" : "refuses")} ({Describe(a.Needs)})");
        }
        return wrong;
    }

    private static string Describe(IReadOnlyList<IReadOnlyList<Capability>> needs) =>
        needs.Count == 0 ? "signed in" : string.Join(" and ", needs.Select(n => string.Join(" or ", n)));

    /// <summary>The route with made-up values: a new id (so no record is found or changed), the sample town, a plain word.</summary>
    private static string Fill(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "town" } => SampleTownAccounts.Town,
            RoutePatternParameterPart { Name: "body" } => "leading-group",
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "2026",
            RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => ""
        }))));
}

/// <summary>A permission table as text: rows are capabilities, columns roles, cells A/U/S/-.</summary>
public sealed class ExpectedTable
{
    private readonly Dictionary<(string Role, Capability Capability), Reach> _cells;

    public IReadOnlyList<string> Roles { get; }

    private ExpectedTable(IReadOnlyList<string> roles, Dictionary<(string, Capability), Reach> cells) => (Roles, _cells) = (roles, cells);

    public Reach ReachOf(string role, Capability capability) => _cells.GetValueOrDefault((role, capability));

    public ExpectedTable With(string role, Capability capability, Reach reach) =>
        new(Roles, new Dictionary<(string, Capability), Reach>(_cells) { [(role, capability)] = reach });

    public static ExpectedTable Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var roles = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cells = new Dictionary<(string, Capability), Reach>();
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capability = Enum.Parse<Capability>(parts[0]);
            for (var i = 0; i < roles.Length; i++)
                cells[(roles[i], capability)] = parts[i + 1] switch { "A" => Reach.All, "U" => Reach.OwnUnit, "S" => Reach.Station, _ => Reach.None };
        }
        return new ExpectedTable(roles, cells);
    }

    public static ExpectedTable Of(IReadOnlyList<string> roles, Func<string, Capability, Reach> reach) =>
        new(roles, roles.SelectMany(r => Enum.GetValues<Capability>().Select(c => (r, c))).ToDictionary(p => p, p => reach(p.r, p.c)));

    public override string ToString()
    {
        var text = new StringBuilder(string.Join(" ", Roles)).Append('\n');
        foreach (var capability in Enum.GetValues<Capability>())
            text.Append(capability).Append(' ')
                .AppendJoin(" ", Roles.Select(r => ReachOf(r, capability) switch { Reach.All => "A", Reach.OwnUnit => "U", Reach.Station => "S", Reach.None => "-", var x => x.ToString() }))
                .Append('\n');
        return text.ToString();
    }
}
