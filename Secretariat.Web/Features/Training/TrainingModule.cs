using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Training;

/// <summary>Child directors and supervisors: appointments, coverage, training sessions and deadlines (附件2 第70、72、75项).</summary>
public static class TrainingModule
{
    /// <summary>Its documents, and what it contributes to the compliance engine, the daily reminders and the campaign's checks.</summary>
    public static IServiceCollection AddTraining(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, TrainingComplianceRules>()
            .AddSingleton<IDueReminders, TrainingReminders>()
            .AddSingleton<IEvidenceRecordCheck, DirectorInEveryVillageCheck>()
            .ConfigureMarten(options =>
        {
            options.Projections.Snapshot<ChildWorker>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<TrainingSession>(SnapshotLifecycle.Inline);
            // Real columns: the period filters then never unpack a (TOASTed) document that is not returned.
            options.Schema.For<ChildWorker>().Duplicate(w => w.ServesFrom).Duplicate(w => w.ServesUntil);
            options.Schema.For<TrainingSession>().Duplicate(s => s.StartOn).Duplicate(s => s.EndOn);
        });

    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; the writes need Capability.ManageTraining on each endpoint.
        var group = app.MapGroup("/training").RequireCapability(Capability.ReadTown);
        group.MapTrainingPages();
        group.MapAppointChildWorker();
        group.MapTransferChildWorker();
        group.MapEndChildWorkerAppointment();
        group.MapRecordChildWorkerProfile();
        group.MapRecordTrainingSession();
        return app;
    }
}
