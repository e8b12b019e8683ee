using JasperFx.Events.Projections;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;

namespace Secretariat.Web.Features.Casework;

/// <summary>
/// The work station's service window (附件3 五(三)(七); 附件3-2 二、五、六; 附件3-3 四): the 接待工作台账, the 强制报告 procedure
/// (受理、报案、调查、处置、反馈, 附件2 第19项), the case plans (一人一方案、一事一方案) with their 转介, and the referrals each unit answers.
/// The children concerned are named by reference only; their identity and notes go into the children's personal-data store.
/// </summary>
public static class CaseworkModule
{
    public static IServiceCollection AddCasework(this IServiceCollection services)
    {
        services.AddSingleton<IComplianceRules, CaseworkComplianceRules>()
            .AddSingleton<IEvidenceRecordCheck, MandatoryReportingCheck>()
            .AddSingleton<IReportFactContributions, CaseworkReportFacts>();
        return services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<CaseSubject>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<WindowContact>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<MandatoryReport>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<MandatoryReportPeriods>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<CasePlan>(SnapshotLifecycle.Inline);
            options.Schema.For<CaseSubject>().UniqueIndex(UniqueIndexType.Computed, "mt_doc_casesubject_uidx_reference", TenancyScope.PerTenant, s => s.Reference);
            // Real columns: the lists and the rules filter on them.
            options.Schema.For<WindowContact>().Duplicate(c => c.On).Duplicate(c => c.ReferredToId).Duplicate(c => c.ConcludedOn);
            options.Schema.For<MandatoryReport>().Duplicate(r => r.ReceivedAt).Duplicate(r => r.Stage);
            options.Schema.For<CasePlan>().Duplicate(p => p.ClosedOn);
        });
    }

    public static IEndpointRouteBuilder MapCasework(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/casework").RequireCapability(Capability.ReadTown);
        group.MapWindowLedger();
        group.MapMandatoryReports();
        group.MapCasePlans();
        group.MapReferrals();
        return app;
    }
}
