using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Adjustments;

/// <summary>Member adjustments (成员调整, R1): filed by a unit, accepted by the office, approved by the 组长 / 站长.</summary>
public static class AdjustmentsModule
{
    /// <summary>Its documents, and what it contributes to the compliance engine and the daily reminders.</summary>
    public static IServiceCollection AddAdjustments(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(AdjustmentCadenceOptions.From(configuration))
            .AddSingleton<IComplianceRules, AdjustmentComplianceRules>()
            .AddSingleton<IDueReminders, AdjustmentReminders>()
            .ConfigureMarten(options =>
        {
            options.Projections.Snapshot<MemberAdjustment>(SnapshotLifecycle.Inline);
            options.Schema.For<MemberAdjustment>().UniqueIndex(UniqueIndexType.Computed, "mt_doc_memberadjustment_uidx_number", TenancyScope.PerTenant, a => a.Number);
        });

    public static IEndpointRouteBuilder MapAdjustments(this IEndpointRouteBuilder app)
    {
        // Every role reads requests (a liaison only its own unit's: AdjustmentPages.MaySee); filing names its own policy.
        var group = app.MapGroup("/adjustments").RequireCapability(Capability.ReadTown);
        group.MapAdjustmentPages();
        group.MapFileAdjustment();
        group.MapActOnAdjustment();
        group.MapAmendAdjustment();
        group.MapAdjustmentNotice();
        group.MapAttachmentDownload();
        return app;
    }
}
