using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers.Exceptions;

/// <summary>The actor lacks the role, or does not belong to the agency or account, that the action needs.</summary>
public sealed class DossierActionForbiddenException(DossierAction action, string reason)
    : AccessDeniedException("dossier-action-forbidden", $"You may not {action} this dossier: {reason}");
