using Microsoft.AspNetCore.Components;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// A component a feature shows on another feature's record page, in a named slot: the page renders whatever is registered
/// for its slot (<c>Components/RecordPanelSlot</c>) and names no feature. Each slot says which parameters its panels get.
/// </summary>
public sealed record RecordPanel(string Slot, Type Component);

public static class RecordPanels
{
    /// <summary>A resolution's page (Meetings): panels get <c>Resolution</c> (the resolution) and <c>Actor</c> (who reads it).</summary>
    public const string Resolution = "resolution";

    /// <summary>A town's dashboard (工作台), near its top: panels get <c>Today</c> (the town's day, a <see cref="DateOnly"/>).</summary>
    public const string Dashboard = "dashboard";

    public static IServiceCollection AddRecordPanel<TComponent>(this IServiceCollection services, string slot) where TComponent : IComponent =>
        services.AddSingleton(new RecordPanel(slot, typeof(TComponent)));
}
