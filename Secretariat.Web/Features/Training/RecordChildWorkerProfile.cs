
namespace Secretariat.Web.Features.Training;

/// <summary>Record or correct item 72's preference and the person's social-work qualification.</summary>
public sealed record RecordChildWorkerProfile(Guid PersonId, ChildWorkerProfile Profile);

public static class RecordChildWorkerProfileHandler
{
    public static (CommandResult, Events) Handle(RecordChildWorkerProfile command,
        [WriteAggregate(nameof(RecordChildWorkerProfile.PersonId), Required = false)] ChildWorker? worker, TimeProvider time)
    {
        if (worker is null) return (CommandResult.Refused("没有这名儿童主任或儿童督导员。"), []);
        var decision = ChildWorkerDecisions.RecordProfile(worker, command.Profile, time.Today());
        return decision.Outcome;
    }
}

public static class RecordChildWorkerProfileEndpoint
{
    public static void MapRecordChildWorkerProfile(this RouteGroupBuilder group)
    {
        group.MapPost("/people/{personId:guid}/profile", async (Guid personId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var (profile, problem) = ProfileForm.Parse(form["IsFemaleCommitteeMember"], form["IsWomensFederationChair"],
                form["QualificationLevel"], form["QualifiedOn"], UserDates.Today(context));
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordChildWorkerProfile(personId, profile!), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/training/people/{personId}");
                problem = result.Refusal;
            }
            return await TrainingPages.PersonAsync(context, session, personId, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageTraining);
    }
}
