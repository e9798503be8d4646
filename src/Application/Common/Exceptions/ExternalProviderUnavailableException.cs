namespace OneStop.Application.Common.Exceptions;

/// <summary>The external identity provider could not be reached; answered as 503, since trying again later may work.</summary>
public sealed class ExternalProviderUnavailableException(string provider, Exception inner)
    : Exception($"{provider} cannot be reached at the moment; try again later.", inner);
