namespace OneStop.Domain.Procedures;

public enum ProcessingTimeUnit
{
    WorkingDays = 1,
    WorkingHours = 2,
}

/// <summary>Time allowed to settle a case, counted on the working calendar (1 working day = 8 working hours).</summary>
public sealed class ProcessingTime
{
    public const int HoursPerWorkingDay = 8;

    public int Value { get; private set; }
    public ProcessingTimeUnit Unit { get; private set; }

    private ProcessingTime() { }

    public ProcessingTime(int value, ProcessingTimeUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        Value = value;
        Unit = unit;
    }

    public int TotalWorkingHours => Unit == ProcessingTimeUnit.WorkingDays ? Value * HoursPerWorkingDay : Value;
}
