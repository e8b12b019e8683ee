using System.Globalization;

namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// <c>Notifications:RetryDelaysSeconds</c> (the back-off between tries; default 1 min, 5 min, 30 min, 2 h: four failures
/// after the first try make a dead letter), <c>Notifications:SiteUrl</c> (the app's address, for links in a notice) and
/// <c>Notifications:TimeoutSeconds</c> (one try's limit).
/// </summary>
public sealed class NotificationOptions
{
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];
    public string? SiteUrl { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public static NotificationOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        var delays = section["RetryDelaysSeconds"] is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture))).ToList()
            : null;
        var timeout = section["TimeoutSeconds"] is { Length: > 0 } seconds ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : (TimeSpan?)null;
        var defaults = new NotificationOptions();
        return new NotificationOptions
        {
            RetryDelays = delays ?? defaults.RetryDelays,
            SiteUrl = section["SiteUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : null,
            Timeout = timeout ?? defaults.Timeout
        };
    }

    /// <summary>An absolute link into the town for a notice's text, when the site's address is configured.</summary>
    public string? Link(string town, string path) => SiteUrl is null ? null : $"{SiteUrl}/t/{town}{path}";
}
