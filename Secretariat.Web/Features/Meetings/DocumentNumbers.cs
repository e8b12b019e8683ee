namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// Take the number of one document in a year's register of its kind, or the number it already holds: asking twice for the same
/// document gives the same number, however often and however many at once.
/// </summary>
public sealed record TakeDocumentNumber(RegisterKind Kind, int Year, Guid DocumentId);

public sealed record DocumentNumber(RegisterKind Kind, int Year, int Sequence);

public static class TakeDocumentNumberHandler
{
    /// <summary>
    /// The register's stream is locked for the transaction: requests at once wait for one another instead of failing on its version,
    /// and each then reads the register as the one before left it (the same document: its number, nothing appended). Only the very
    /// first numbers of a year can collide (no stream to lock yet): the loser's commit fails and Wolverine runs it again
    /// (EventStore's retry policy), when the stream exists.
    /// </summary>
    // Explicit: the register's id is computed from the kind and the year, not carried by the command.
    public static async Task<DocumentNumber> Handle(TakeDocumentNumber command, IDocumentSession session, CancellationToken ct)
    {
        var register = await session.Events.FetchForExclusiveWriting<NumberRegister>(NumberRegister.IdFor(command.Kind, command.Year), ct);
        var (number, assigned) = DocumentNumbers.Take(register.Aggregate, command);
        if (assigned is not null) register.AppendOne(assigned);
        return number;
    }
}

public static class DocumentNumbers
{
    /// <summary>The decision: the number the document holds, else the year's next one and the event that takes it.</summary>
    public static (DocumentNumber Number, DocumentNumberAssigned? Assigned) Take(NumberRegister? register, TakeDocumentNumber command)
    {
        if (register?.SequenceOf(command.DocumentId) is { } held) return (new(command.Kind, command.Year, held), null);
        var sequence = (register?.LastSequence ?? 0) + 1;
        return (new(command.Kind, command.Year, sequence), new DocumentNumberAssigned(command.Kind, command.Year, sequence, command.DocumentId));
    }

    /// <summary>
    /// The number of a document being issued (opened for print): read from the register, taken through the bus the first time.
    /// </summary>
    public static async Task<DocumentNumber> ForAsync(IQuerySession session, IMessageBus bus, RegisterKind kind, int year, Guid documentId,
        CancellationToken ct)
    {
        var register = await session.LoadAsync<NumberRegister>(NumberRegister.IdFor(kind, year), ct);
        if (register?.SequenceOf(documentId) is { } held) return new(kind, year, held);
        return await bus.InvokeAsync<DocumentNumber>(new TakeDocumentNumber(kind, year, documentId), ct);
    }

    /// <summary>The id under which the adjustment notice of a whole year takes its number (one notice per year).</summary>
    public static Guid AdjustmentNoticeOfYear(int year) => new($"6a1d0004-0000-4000-8000-{year:000000000000}");
}
