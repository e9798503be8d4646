namespace OneStop.Application.Common.Interfaces;

/// <summary>A dossier's code and the version (xmin) its row has once numbered.</summary>
public sealed record NumberedDossier(string Code, uint Version);

/// <summary>
/// The answer recorded under an idempotency key for the submission, and the JSON properties in it that hold the
/// dossier's code and version: numbering completes it in the same statement.
/// </summary>
public sealed record RecordedAnswer(Guid CallerId, string Key, string CodeProperty, string VersionProperty);

/// <summary>
/// Gives a submitted dossier the next code of its receiving agency's local day (the day it was submitted), after the
/// submission has committed (ADR-008). Taking the number and writing the code are one statement in a transaction of
/// their own, so the day's counter is locked only for that statement; the codes stay unique and gapless, also with
/// several API processes on one database.
/// </summary>
public interface IDossierCodeGenerator
{
    /// <summary>
    /// Numbers the dossier if it has no code yet; either way, answers its code and current version, and completes
    /// <paramref name="answer"/> with them.
    /// </summary>
    Task<NumberedDossier> NumberAsync(Guid dossierId, RecordedAnswer? answer, CancellationToken cancellationToken);
}
