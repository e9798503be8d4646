namespace OneStop.Domain.Procedures;

/// <summary>A fee or charge in VND; zero is allowed (free procedures).</summary>
public sealed class Fee
{
    public decimal Amount { get; private set; }
    public string Description { get; private set; } = null!;

    private Fee() { }

    public Fee(decimal amount, string description)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Amount = amount;
        Description = description.Trim();
    }
}
