using FluentValidation;

namespace OneStop.Application.Feedbacks.Queries.GetServiceRequests;

/// <summary>
/// Checks the parameters as Open311 names them, so that each error names the parameter the client sent. A list of
/// service_request_id overrides the other parameters, which are then not checked either.
/// </summary>
public sealed class GetServiceRequestsQueryValidator : AbstractValidator<GetServiceRequestsQuery>
{
    private const string DateTimeExample = "2026-03-02T09:00:00+07:00";

    public GetServiceRequestsQueryValidator()
    {
        RuleFor(q => ServiceRequestFilter.Values(q.ServiceRequestId).Count).LessThanOrEqualTo(ServiceRequestFilter.MaxResults)
            .OverridePropertyName("service_request_id")
            .WithMessage($"At most {ServiceRequestFilter.MaxResults} service_request_id values can be asked for at once.");
        When(q => ServiceRequestFilter.Values(q.ServiceRequestId).Count == 0, () =>
        {
            RuleForEach(q => ServiceRequestFilter.Values(q.ServiceCode)).Must(code => ServiceCodes.TryParse(code, out _))
                .OverridePropertyName("service_code")
                .WithMessage((_, code) => $"service_code '{code}' is not a service; GET services lists them.");
            RuleForEach(q => ServiceRequestFilter.Values(q.Status)).Must(status => ServiceRequestFilter.TryParseStatus(status, out _))
                .OverridePropertyName("status")
                .WithMessage((_, status) => $"status '{status}' is neither open nor closed.");
            RuleFor(q => q.StartDate).Must(BeADateTime).OverridePropertyName("start_date")
                .WithMessage($"start_date must be a W3C date-time with its time zone, such as {DateTimeExample}.");
            RuleFor(q => q.EndDate).Must(BeADateTime).OverridePropertyName("end_date")
                .WithMessage($"end_date must be a W3C date-time with its time zone, such as {DateTimeExample}.");
            RuleFor(q => ServiceRequestFilter.Window(q.StartDate, q.EndDate, DateTimeOffset.UnixEpoch))
                .Must(window => window.From <= window.To).OverridePropertyName("end_date")
                .WithMessage("end_date must not be before start_date.")
                .Must(window => window.To - window.From <= ServiceRequestFilter.MaxWindow)
                .WithMessage($"start_date and end_date may not span more than {ServiceRequestFilter.MaxWindow.TotalDays:0} days.");
        });
    }

    private static bool BeADateTime(string? value) => string.IsNullOrWhiteSpace(value) || ServiceRequestFilter.TryParseDateTime(value, out _);
}
