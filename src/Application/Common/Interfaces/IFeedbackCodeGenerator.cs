namespace OneStop.Application.Common.Interfaces;

/// <summary>Hands out feedback codes <c>PAKN-{yymmdd}-{sequence}</c>, numbered per local day across the province, inside the submitting transaction.</summary>
public interface IFeedbackCodeGenerator
{
    Task<string> NextAsync(DateOnly localDay, CancellationToken cancellationToken);
}
