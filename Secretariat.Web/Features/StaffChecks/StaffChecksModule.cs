using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.StaffChecks;

/// <summary>
/// 附件2 第21项: the 从业查询 of units employing people in close contact with minors, their period and the end of an employment within 30
/// working days of a record found (on the district's <see cref="IWorkingDayCalendars"/>); the rule in the compliance engine and the evidence item's figure.
/// </summary>
public static class StaffChecksModule
{
    public static IServiceCollection AddStaffChecks(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, StaffCheckComplianceRules>()
            .AddSingleton<IEvidenceRecordCheck, StaffChecksCheck>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<StaffCheck>(SnapshotLifecycle.Inline);
                options.Schema.For<StaffCheck>().Duplicate(c => c.CheckedOn);
            });

    public static IEndpointRouteBuilder MapStaffChecks(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; recording needs Capability.RecordStaffChecks on its endpoints.
        var group = app.MapGroup("/staff-checks").RequireCapability(Capability.ReadTown);
        group.MapStaffCheckPages();
        group.MapRecordStaffCheck();
        group.MapEndStaffEmployment();
        return app;
    }
}
