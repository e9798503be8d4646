namespace OneStop.Domain.Procedures;

/// <summary>A variant (trường hợp) of a procedure with its own documents, time and fees.</summary>
public sealed class ProcedureCase
{
    public string Name { get; private set; } = null!;
    public ProcessingTime ProcessingTime { get; private set; } = null!;
    public List<Fee> Fees { get; private set; } = [];
    public List<RequiredDocument> Documents { get; private set; } = [];

    private ProcedureCase() { }

    public ProcedureCase(string name, ProcessingTime processingTime, IEnumerable<Fee> fees, IEnumerable<RequiredDocument> documents)
    {
        Name = name.Trim();
        ProcessingTime = processingTime;
        Fees = fees.ToList();
        Documents = documents.ToList();
    }

    public decimal TotalFee => Fees.Sum(f => f.Amount);
}
