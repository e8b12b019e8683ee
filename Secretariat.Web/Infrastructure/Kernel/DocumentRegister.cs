namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// The kinds of numbered document a town issues, each with its own prefix (the town's profile) and its own register per year. The
/// value is part of a register's stream id: a new kind goes at the end.
/// </summary>
public enum DocumentKind
{
    Minutes,
    Circular,
    MeetingNotice,
    AdjustmentNotice,
    StationReport,
    MajorMatterReport,
    /// <summary>The work station's own minutes (附件3 四): a register apart from the leading group's.</summary>
    StationMinutes,
    /// <summary>The work station's circulars of its decided matters (附件3 四: the station circulates information).</summary>
    StationCircular,
    /// <summary>The work station's meeting notices.</summary>
    StationMeetingNotice
}

/// <summary>A document's number: 某某未保领纪〔2024〕3号 is (Minutes, 2024, 3); the town's profile writes it out with its prefix.</summary>
public sealed record DocumentNumber(DocumentKind Kind, int Year, int Sequence);

/// <summary>A document took a number in the year's register of its kind; the register's stream version serialises numbering.</summary>
public sealed record DocumentNumberAssigned(DocumentKind Kind, int Year, int Sequence, Guid DocumentId)
{
    public DocumentNumber ToNumber() => new(Kind, Year, Sequence);
}

/// <summary>
/// How a major-matter report took its number before there was one register (in the streams of <see cref="DocumentKind.MajorMatterReport"/>
/// up to migration 0016): still read from those streams, never appended again.
/// </summary>
public sealed record MajorMatterNumberTaken(int Year, int Sequence, Guid ReportId);

public sealed record RegisteredNumber(Guid DocumentId, int Sequence);

/// <summary>
/// The one register of every numbered document of a town: a stream per kind and year, whose version makes two documents issued at
/// once take two consecutive numbers (no gap, no number twice). Its inline snapshot says which document holds which number; it is kept
/// in the table of the registers from before (<c>mt_doc_numberregister</c>), so every number issued stays where it was read.
/// A station report's number is its half-year's (1 or 2, see Reports): fixed by its period, it takes none here.
/// </summary>
public sealed class DocumentRegister
{
    public Guid Id { get; set; }
    public DocumentKind Kind { get; set; }
    public int Year { get; set; }
    public int LastSequence { get; set; }

    /// <summary>Which document took which number (a meeting may have several circulars: the first entry is its first number).</summary>
    public List<RegisteredNumber> Numbers { get; set; } = [];

    /// <summary>The number a document already holds in this register, if any.</summary>
    public int? SequenceOf(Guid documentId) => Numbers.FirstOrDefault(n => n.DocumentId == documentId)?.Sequence;

    /// <summary>
    /// The register's stream: derived from kind and year, so the same in every town's tenant. The major-matter register keeps the id
    /// it had as a register of its own (migration 0012), the others those of the meetings' register (0005).
    /// </summary>
    public static Guid IdFor(DocumentKind kind, int year) => kind == DocumentKind.MajorMatterReport
        ? new Guid($"4d4d0001-0000-4000-8000-{year:000000000000}")
        : new Guid($"6a1d0003-{(int)kind:0000}-4000-8000-{year:000000000000}");

    /// <summary>The decision: the year's next number for a document (<paramref name="register"/> is null before the year's first).</summary>
    public static DocumentNumberAssigned Next(DocumentRegister? register, DocumentKind kind, int year, Guid documentId) =>
        new(kind, year, (register?.LastSequence ?? 0) + 1, documentId);

    /// <summary>The decision for a document numbered when first issued: the number it holds, else the next one and the event that takes it.</summary>
    public static (DocumentNumber Number, DocumentNumberAssigned? Assigned) Take(DocumentRegister? register, DocumentKind kind, int year, Guid documentId)
    {
        if (register?.SequenceOf(documentId) is { } held) return (new DocumentNumber(kind, year, held), null);
        var assigned = Next(register, kind, year, documentId);
        return (assigned.ToNumber(), assigned);
    }

    public static DocumentRegister Create(DocumentNumberAssigned e) => new DocumentRegister { Id = IdFor(e.Kind, e.Year), Kind = e.Kind, Year = e.Year }.With(e);

    public void Apply(DocumentNumberAssigned e) => With(e);

    public static DocumentRegister Create(MajorMatterNumberTaken e) => Create(Upcast(e));

    public void Apply(MajorMatterNumberTaken e) => With(Upcast(e));

    private static DocumentNumberAssigned Upcast(MajorMatterNumberTaken e) => new(DocumentKind.MajorMatterReport, e.Year, e.Sequence, e.ReportId);

    private DocumentRegister With(DocumentNumberAssigned e)
    {
        LastSequence = e.Sequence;
        Numbers.Add(new RegisteredNumber(e.DocumentId, e.Sequence));
        return this;
    }
}

public static class DocumentRegisters
{
    /// <summary>A decision's number goes to its register's stream, beside the document's own events.</summary>
    public static Decided AndNumber(this Decided decided, DocumentNumberAssigned number) =>
        decided.AndAppend(DocumentRegister.IdFor(number.Kind, number.Year), number);

    public static void AddDocumentRegister(this StoreOptions options)
    {
        // Known by their names (document_number_assigned, major_matter_number_taken) before any is appended: the events already
        // stored name the namespaces these types had in Meetings and MajorMatters, which no longer exist.
        options.Events.AddEventType<DocumentNumberAssigned>();
        options.Events.AddEventType<MajorMatterNumberTaken>();
        options.Projections.Snapshot<DocumentRegister>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        // The table of the registers before the kernel (NumberRegister): every register already written stays readable.
        options.Schema.For<DocumentRegister>().DocumentAlias("numberregister");
    }
}

/// <summary>
/// Take the number of one document in a year's register of its kind, or the number it already holds: asking twice for the same
/// document gives the same number, however often and however many at once.
/// </summary>
public sealed record TakeDocumentNumber(DocumentKind Kind, int Year, Guid DocumentId);

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
        var register = await session.Events.FetchForExclusiveWriting<DocumentRegister>(DocumentRegister.IdFor(command.Kind, command.Year), ct);
        var (number, assigned) = DocumentRegister.Take(register.Aggregate, command.Kind, command.Year, command.DocumentId);
        if (assigned is not null) register.AppendOne(assigned);
        return number;
    }
}

public static class DocumentNumbers
{
    /// <summary>
    /// The number of a document being issued (opened for print): read from the register, taken through the bus the first time.
    /// </summary>
    public static async Task<DocumentNumber> ForAsync(IQuerySession session, IMessageBus bus, DocumentKind kind, int year, Guid documentId,
        CancellationToken ct)
    {
        var register = await session.LoadAsync<DocumentRegister>(DocumentRegister.IdFor(kind, year), ct);
        if (register?.SequenceOf(documentId) is { } held) return new DocumentNumber(kind, year, held);
        return await bus.InvokeAsync<DocumentNumber>(new TakeDocumentNumber(kind, year, documentId), ct);
    }
}
