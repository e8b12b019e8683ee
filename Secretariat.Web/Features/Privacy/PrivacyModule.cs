namespace Secretariat.Web.Features.Privacy;

public sealed record MinorsDataReadsPageModel(IReadOnlyList<MinorsDataRead> Reads, int Total, string? File);

/// <summary>Minors' information in uploaded files (附件3-3 三): the read log of flagged files and the office's page of it.</summary>
public static class PrivacyModule
{
    /// <summary>The page shows the newest reads up to this many (and says how many more there are).</summary>
    public const int MaxShown = 500;

    public static IServiceCollection AddPrivacy(this IServiceCollection services) =>
        services.ConfigureMarten(options => options.Schema.For<MinorsDataRead>().Index(r => r.FileId).Index(r => r.At));

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        // The office keeps the log (PIPL art. 28, 31): who read which flagged file of the town, newest first.
        var group = app.MapGroup("/privacy").RequireCapability(Capability.ReadMinorsDataLog);
        group.MapGet("/reads", async (string? file, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var wanted = file?.Trim() is { Length: > 0 } f ? f[..Math.Min(f.Length, 120)] : null;
            var query = session.Query<MinorsDataRead>().AsQueryable();
            if (wanted is not null) query = query.Where(r => r.FileName.Contains(wanted));
            var total = await query.CountAsync(ct);
            var reads = await query.OrderByDescending(r => r.At).Take(MaxShown).ToListAsync(ct);
            return PageResults.Page<MinorsDataReadsPage, MinorsDataReadsPageModel>(context, new(reads, total, wanted));
        }).RequireCapability(Capability.ReadMinorsDataLog);
        return app;
    }
}
