using JasperFx.Events.Projections;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;

namespace Secretariat.Web.Features.Children;

/// <summary>
/// The children's registers (附件3 五(七)(八)), their visits (附件3-2 五; 附件2 第28项), the quarterly ledger (附件2 第23项) and the
/// children's personal data, kept apart from the events and documents, encrypted with a key per child (PersonalDataVault).
/// </summary>
public static class ChildrenModule
{
    public static IServiceCollection AddChildren(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(ChildrenOptions.Section).Get<ChildrenOptions>() ?? new ChildrenOptions());
        services.AddSingleton<PersonalDataVault>();
        services.AddSingleton<IComplianceRules, ChildrenComplianceRules>()
            .AddSingleton<IDueReminders, VisitReminders>()
            .AddSingleton<IEvidenceRecordCheck, ChildDataQuarterlyCheck>()
            .AddSingleton<IEvidenceRecordCheck, HomeVisitsByRiskCheck>()
            .AddSingleton<IEvidenceRecordCheck, ChildRegistersCheck>();
        services.AddHostedService<ChildrenRetentionSchedule>();
        return services.ConfigureMarten(options =>
        {
            options.Storage.ExtendedSchemaObjects.Add(PersonalDataVault.Table());
            options.Projections.Snapshot<ChildRecord>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<RiskScale>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<ChildDataQuarter>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<RegisterExport>(SnapshotLifecycle.Inline);
            // Real columns: the lists filter by village and by who is on the registers that day; a reference is unique in its town.
            options.Schema.For<ChildRecord>().Duplicate(c => c.VillageId).Duplicate(c => c.RegisteredOn).Duplicate(c => c.AdultOn)
                .UniqueIndex(UniqueIndexType.Computed, "mt_doc_childrecord_uidx_reference", TenancyScope.PerTenant, c => c.Reference);
        });
    }

    public static IEndpointRouteBuilder MapChildren(this IEndpointRouteBuilder app)
    {
        // Every reader of the town opens the counts and the scale; the records, visits, personal data and exports need their own capability.
        var group = app.MapGroup("/children").RequireCapability(Capability.ReadTown);
        group.MapChildrenPages();
        group.MapRegisterChild();
        group.MapChangeChildRecord();
        group.MapRecordVisit();
        group.MapPersonalData();
        group.MapEraseChildData();
        group.MapSetRiskScale();
        group.MapChildQuarters();
        group.MapRegisterExports();
        app.MapDistrictChildren();
        return app;
    }
}
