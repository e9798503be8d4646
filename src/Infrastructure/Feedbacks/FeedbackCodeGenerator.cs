using System.Globalization;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Data;
using OneStop.Infrastructure.Dossiers;

namespace OneStop.Infrastructure.Feedbacks;

/// <summary>Numbers feedback per local day across the province: <c>PAKN-261124-0001</c>.</summary>
public sealed class FeedbackCodeGenerator(ApplicationDbContext db) : IFeedbackCodeGenerator
{
    /// <summary>The counter scope of feedback; agencies' dossier counters use their own ids.</summary>
    private static readonly Guid Scope = new("f0000000-0000-7000-8000-00000000fb01");

    public async Task<string> NextAsync(DateOnly localDay, CancellationToken cancellationToken)
    {
        var sequence = await DailyCounter.NextAsync(db, Scope, localDay, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"PAKN-{localDay:yyMMdd}-{sequence:D4}");
    }
}
