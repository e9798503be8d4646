namespace OneStop.Domain.Calendar;

/// <summary>How a completion compares with its due instant.</summary>
public enum Timeliness
{
    /// <summary>Trước hạn: completed before the opening of the due instant's working day.</summary>
    Early = 1,
    /// <summary>Đúng hạn: completed on the due day, at or before the due instant.</summary>
    OnTime = 2,
    /// <summary>Trễ hạn: completed after the due instant.</summary>
    Late = 3,
}
