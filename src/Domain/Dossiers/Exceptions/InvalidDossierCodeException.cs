using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers.Exceptions;

public sealed class InvalidDossierCodeException(string value)
    : DomainException("invalid-dossier-code", $"'{value}' is not a dossier code (agency ID-yymmdd-sequence).");
