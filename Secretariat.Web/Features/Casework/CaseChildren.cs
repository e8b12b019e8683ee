using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Secretariat.Web.Features.Children;

namespace Secretariat.Web.Features.Casework;

/// <summary>
/// The child a window record concerns, from its form: a child of the registers or a subject already opened here, by reference; or a new
/// pseudonymous subject (GA-…) whose identity (name, one guardian) goes into the children's personal-data store under the subject's
/// own key (<see cref="PersonalDataVault"/>), never into an event or a document.
/// </summary>
public sealed record ChildChoice(ConcernedChild? Child, CaseSubjectOpened? Opened, ChildPersonalData? Identity, string? Problem);

public static class CaseChildren
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>The identity fields a form may carry for a new child (the names the children's forms use).</summary>
    public static readonly string[] IdentityFields = ["PersonName", "Guardian1Name", "Guardian1Relation", "Guardian1Phone"];

    public static string NewReference() =>
        "GA-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4)) + "-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4));

    /// <summary>
    /// Reads the form's child: <c>ChildReference</c> names an existing one; otherwise the identity fields (or <paramref name="required"/>)
    /// open a new subject. Nothing is written here: the caller starts the subject's stream and puts its identity in its own transaction.
    /// </summary>
    public static async Task<ChildChoice> ChooseAsync(IQuerySession session, IFormCollection form, MemberUnit? village, bool required, Actor actor,
        DateTimeOffset now, CancellationToken ct)
    {
        var reference = form["ChildReference"].ToString().Trim().ToUpperInvariant();
        if (reference.Length > 0)
        {
            if (reference.Length > 20) return new(null, null, null, "没有这个编号的儿童，请核对儿童编号。");
            if (reference.StartsWith("ET-", StringComparison.Ordinal)
                && await session.Query<ChildRecord>().FirstOrDefaultAsync(c => c.Reference == reference, ct) is { } registered)
                return new(new ConcernedChild(registered.Id, registered.Reference, true), null, null, null);
            if (reference.StartsWith("GA-", StringComparison.Ordinal)
                && await session.Query<CaseSubject>().FirstOrDefaultAsync(s => s.Reference == reference, ct) is { } subject)
                return new(new ConcernedChild(subject.Id, subject.Reference, false), null, null, null);
            return new(null, null, null, "没有这个编号的儿童，请核对儿童编号。");
        }
        var identityForm = new FormCollection(IdentityFields.ToDictionary(f => f, f => new StringValues(form[f].ToString())));
        var (identity, problem) = PersonalDataRules.Parse(identityForm, default);
        if (problem is not null) return new(null, null, null, problem);
        var fields = identity!.Fields();
        if (fields.Count == 0 && !required) return new(null, null, null, null);
        var id = Guid.CreateVersion7();
        var newReference = NewReference();
        while (await session.Query<CaseSubject>().AnyAsync(s => s.Reference == newReference, ct)) newReference = NewReference();
        var opened = new CaseSubjectOpened(id, newReference, village?.Id, village?.Name, fields, StepBy.Of(actor, now));
        return new(new ConcernedChild(id, newReference, false), opened, fields.Count > 0 ? identity : null, null);
    }

    /// <summary>Starts the new subject's stream and puts its identity in the store, in the caller's session (one transaction).</summary>
    public static void Open(IDocumentSession session, PersonalDataVault vault, ChildChoice choice)
    {
        if (choice.Opened is not { } opened) return;
        session.Events.StartStream<CaseSubject>(opened.SubjectId, opened);
        if (choice.Identity is { } identity) vault.PutProfile(session, opened.SubjectId, identity);
    }

    /// <summary>The masked names of the children a list shows, for a reader who may see them (none else).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> MaskedNamesAsync(HttpContext context, PersonalDataVault vault, IEnumerable<ConcernedChild?> children,
        CancellationToken ct)
    {
        if (!context.User.Actor().CanForAll(Capability.ReadChildrenPersonalData)) return new Dictionary<Guid, string>();
        var ids = children.OfType<ConcernedChild>().Select(c => c.Id).Distinct().ToList();
        var profiles = await vault.ProfilesAsync(context.RequiredTown().Id, ids, ct);
        if (profiles.Count > 0) PersonalDataEndpoints.NoStore(context);
        return profiles.Where(p => p.Value.Name is not null).ToDictionary(p => p.Key, p => PersonalDataRules.MaskName(p.Value.Name!));
    }

    /// <summary>Where a child's record is: the registers' page, or nothing for a subject of the window.</summary>
    public static string? Link(ConcernedChild child) => child.OnRegisters ? $"/children/{child.Id}" : null;
}
