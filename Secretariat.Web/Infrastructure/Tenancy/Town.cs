using System.Text.RegularExpressions;

namespace Secretariat.Web.Infrastructure.Tenancy;

/// <summary>
/// The town a request, a command or a job is for: its short code is Marten's tenant id (conjoined tenancy, one
/// database for the district). Set once per request from the URL (<c>/t/{code}/...</c>) and read by the session
/// factory, the message bus and the caches; outside a request (jobs, command line) whoever opens the scope sets it.
/// </summary>
public sealed class CurrentTown
{
    public string? Code { get; private set; }

    /// <summary>The town, for code that only runs inside one (a town's pages and commands).</summary>
    public string Required => Code ?? throw new InvalidOperationException("No town in this scope.");

    public void Set(string code)
    {
        if (!TownCodes.IsValid(code)) throw new ArgumentException($"Not a town code: {code}", nameof(code));
        if (Code is not null && Code != code) throw new InvalidOperationException("The town of a scope is set once.");
        Code = code;
    }
}

public static partial class TownCodes
{
    /// <summary>Lower-case letters and digits, starting with a letter, 2-16 long (e.g. tgy for 某某镇).</summary>
    [GeneratedRegex("^[a-z][a-z0-9]{1,15}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public const string Rule = "镇街代码须为 2-16 位小写字母或数字，以字母开头（例如 tgy）。";

    /// <summary>
    /// The first town: the one a new database starts with (the sample of the notice unless <c>Town:LoadSample</c> is
    /// false) and the one a database from before towns becomes on upgrade. <c>Towns:FirstCode</c>, tgy by default.
    /// </summary>
    public static string FirstCode(IConfiguration configuration) =>
        configuration["Towns:FirstCode"] is { Length: > 0 } code && IsValid(code) ? code : "tgy";
}

