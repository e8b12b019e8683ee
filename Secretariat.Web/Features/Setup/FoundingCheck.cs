using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.Setup;

/// <summary>
/// A founding workbook checked against the town as it is now: the roster side (units, the bodies' seats) and the training ledger's
/// (child directors and supervisors), every problem of both, and the one act they make when there is none. The preview shows it;
/// the import decides it again in its own transaction.
/// </summary>
public sealed record FoundingCheck(FoundingPlan Roster, ChildWorkerPlan ChildWorkers)
{
    public IReadOnlyList<RowProblem> Problems => [.. Roster.Problems, .. ChildWorkers.Problems];
    public bool IsGood => Roster.IsGood && ChildWorkers.IsGood;

    public bool HasWork => Roster.NewUnits.Count > 0 || Roster.Seats.Count > 0 || ChildWorkers.Appointments.Count > 0;

    public static async Task<FoundingCheck> RunAsync(IQuerySession session, FoundingSheets sheets, IReadOnlyDictionary<string, UnitKind> kinds,
        DateOnly today, CancellationToken ct)
    {
        var town = await FoundingTown.LoadAsync(session, ct);
        var roster = FoundingImport.Plan(sheets, town, kinds);
        var station = roster.Seats.Where(s => s.Body == BodyKind.WorkStation).ToList();
        var names = sheets.ChildWorkers.Select(c => c.Name).Concat(station.Select(s => s.Appointed.PersonName)).Distinct().ToArray();
        var namesakes = names.Length == 0 ? [] : await session.Query<ChildWorker>().Where(w => names.Contains(w.Name)).ToListAsync(ct);
        var children = ChildWorkerImport.Plan(sheets.ChildWorkers, station, roster.UnitsByName, roster.People, namesakes.ToList(), today);
        return new FoundingCheck(roster, children);
    }

    /// <summary>The act: units, founding rosters and child directors in one transaction, or the refusal naming the first problem.</summary>
    public Decided Decide(string? fileName, StepBy? by)
    {
        if (!IsGood) return new Refusal($"名单有 {Problems.Count} 处问题，未保存：{Problems[0]}");
        if (!HasWork) return new Refusal("表格中的内容都已登记，没有要导入的。");
        var roster = Roster.NewUnits.Count > 0 || Roster.Seats.Count > 0 ? Roster.Decide(fileName, by) : null;
        var children = ChildWorkers.Appointments.Count > 0 ? ChildWorkers.Decide() : null;
        return roster is null ? children! : children is null ? roster : roster.And(children);
    }

    /// <summary>What the act will do, in a sentence (prose dates).</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (Roster.NewUnits.Count > 0) parts.Add($"登记 {Roster.NewUnits.Count} 个单位");
        foreach (var body in Roster.BodiesFilled)
        {
            var roster = Roster.Bodies[body];
            parts.Add($"{body.Chinese()} {Roster.Seats.Count(s => s.Body == body)} 人（自 {roster.EstablishedOn.ChineseDate()} 起，{roster.Basis}）");
        }
        foreach (var duty in Enum.GetValues<ChildWorkerDuty>())
            if (ChildWorkers.Appointments.Count(a => a.Appointed.Duty == duty) is > 0 and var count)
                parts.Add($"{duty.Chinese()} {count} 人");
        return parts.Count == 0 ? "没有要导入的内容。" : string.Join("；", parts) + "。";
    }
}

/// <summary>
/// The rows a preview showed, carried to the confirming post in the page itself (protected by the app's data-protection keys, for
/// the preview's town only, for two hours): nothing is stored before the office confirms.
/// </summary>
public sealed class FoundingPreviewTokens(IDataProtectionProvider provider, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    public const string Expired = "预览已失效（超过两小时，或页面内容被改动）：请重新上传表格。";

    private sealed record Payload(string Town, string FileName, FoundingSheets Sheets);

    private ITimeLimitedDataProtector Protector => provider.CreateProtector("Secretariat.Setup.FoundingPreview.v1").ToTimeLimitedDataProtector();

    public string Protect(string town, string fileName, FoundingSheets sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(zip, new Payload(town, fileName, sheets));
        return WebEncoders.Base64UrlEncode(Protector.Protect(buffer.ToArray(), time.GetUtcNow().Add(Lifetime)));
    }

    public (string FileName, FoundingSheets Sheets)? Unprotect(string town, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4_000_000) return null;
        try
        {
            var bytes = Protector.Unprotect(WebEncoders.Base64UrlDecode(token), out var expiration);
            if (expiration < time.GetUtcNow()) return null;
            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var payload = JsonSerializer.Deserialize<Payload>(zip);
            return payload is not null && payload.Town == town ? (payload.FileName, payload.Sheets) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidDataException or NotSupportedException)
        {
            return null;
        }
    }
}
