using System.Globalization;
using System.Text.Json.Serialization;
using OneStop.Application.Feedbacks.Commands.SubmitFeedback;
using OneStop.Application.Feedbacks.Queries.GetServiceRequests;

namespace OneStop.Api.Open311;

/// <summary>The fields of POST requests, form-encoded, as GeoReport v2 names them.</summary>
/// <param name="ApiKey">An integrator's access token granted feedback.write (or send it as Authorization: Bearer).</param>
/// <param name="ServiceCode">The service: a feedback category from GET services.</param>
/// <param name="JurisdictionId">Accepted and ignored: this endpoint serves one province.</param>
/// <param name="Lat">Latitude (WGS84), with long; optional, kept in the feedback's text.</param>
/// <param name="Long">Longitude (WGS84), with lat; optional, kept in the feedback's text.</param>
/// <param name="AddressString">The address the feedback concerns; optional, kept in the feedback's text.</param>
/// <param name="AddressId">Accepted and ignored: the province keeps no address register.</param>
/// <param name="Email">The submitter's e-mail address; this or phone is required.</param>
/// <param name="DeviceId">Accepted and ignored.</param>
/// <param name="AccountId">The submitter's account in the integrator's application; returned as given.</param>
/// <param name="FirstName">The submitter's given name (with the middle name, e.g. "Văn An").</param>
/// <param name="LastName">The submitter's family name (e.g. "Nguyễn").</param>
/// <param name="Phone">The submitter's Vietnamese mobile number; this or email is required.</param>
/// <param name="Description">What the feedback is about, at most 4,000 characters; its first words become the title.</param>
/// <param name="MediaUrl">A link to a photo or document; optional, kept in the feedback's text.</param>
public sealed record Open311RequestForm(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("jurisdiction_id")] string? JurisdictionId,
    [property: JsonPropertyName("lat")] string? Lat,
    [property: JsonPropertyName("long")] string? Long,
    [property: JsonPropertyName("address_string")] string? AddressString,
    [property: JsonPropertyName("address_id")] string? AddressId,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("device_id")] string? DeviceId,
    [property: JsonPropertyName("account_id")] string? AccountId,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("media_url")] string? MediaUrl)
{
    public const int MaxDescriptionLength = 4000;
    private const int MaxAddressLength = 500;
    private const int MaxMediaUrlLength = 2000;
    private const int TitleWords = 20;
    private const int TitleLength = 120;

    /// <summary>
    /// Where the submission's checks name a command field, the Open311 parameter it came from; SubmitFeedbackCommandValidator's
    /// errors are reported under these.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        [nameof(SubmitFeedbackCommand.Title)] = "description",
        [nameof(SubmitFeedbackCommand.Content)] = "description",
        [nameof(SubmitFeedbackCommand.Category)] = "service_code",
        [nameof(SubmitFeedbackCommand.FullName)] = "first_name, last_name",
        [nameof(SubmitFeedbackCommand.PhoneNumber)] = "phone",
        [nameof(SubmitFeedbackCommand.Email)] = "email",
    };

    public static Open311RequestForm From(IFormCollection form)
    {
        string? Field(string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
        return new Open311RequestForm(Field("api_key") ?? "", Field("service_code") ?? "", Field("jurisdiction_id"), Field("lat"), Field("long"),
            Field("address_string"), Field("address_id"), Field("email"), Field("device_id"), Field("account_id"), Field("first_name"),
            Field("last_name"), Field("phone"), Field("description"), Field("media_url"));
    }

    /// <summary>What GeoReport v2 itself requires of the fields; the feedback's own rules are checked by the command.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (ServiceCode.Length == 0)
        {
            errors.Add("service_code is required; GET services lists the services.");
        }
        else if (!ServiceCodes.TryParse(ServiceCode, out _))
        {
            errors.Add($"service_code '{ServiceCode}' is not a service; GET services lists the services.");
        }
        if (Description is null)
        {
            errors.Add("description is required: write what the feedback is about.");
        }
        else if (Description.Length > MaxDescriptionLength)
        {
            errors.Add($"description may be at most {MaxDescriptionLength:N0} characters.");
        }
        if ((Lat ?? Long) is not null && Coordinates() is null)
        {
            errors.Add("lat and long must be given together, in WGS84 decimal degrees (lat -90 to 90, long -180 to 180).");
        }
        if (AddressString?.Length > MaxAddressLength)
        {
            errors.Add($"address_string may be at most {MaxAddressLength} characters.");
        }
        if (MediaUrl is not null && (MediaUrl.Length > MaxMediaUrlLength || !Uri.TryCreate(MediaUrl, UriKind.Absolute, out var url) ||
                                     (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add("media_url must be an http or https URL.");
        }
        return errors;
    }

    /// <summary>
    /// The feedback: the title from the first words of the description, the name in Vietnamese order (family name first),
    /// and the location and media link, which feedback has no fields for, appended to the content.
    /// </summary>
    public SubmitFeedbackCommand ToCommand(string? idempotencyKey)
    {
        ServiceCodes.TryParse(ServiceCode, out var category);
        var name = string.Join(' ', new[] { LastName, FirstName }.OfType<string>());
        var point = Coordinates() is { } coordinates ? $"{coordinates.Lat}, {coordinates.Long}" : null;
        var location = (AddressString, point) switch
        {
            (null, null) => null,
            ({ } address, null) => $"Địa điểm: {address}",
            (null, { }) => $"Địa điểm: {point}",
            ({ } address, { }) => $"Địa điểm: {address} ({point})",
        };
        var content = string.Join('\n', new[] { Description, location, MediaUrl is null ? null : $"Tệp đính kèm: {MediaUrl}" }.OfType<string>());
        return new SubmitFeedbackCommand(TitleOf(Description ?? ""), content, category, name, Phone, Email, null, null, null, null, [])
        {
            IdempotencyKey = idempotencyKey,
        };
    }

    /// <summary>The first words of the description, cut at a word and marked with an ellipsis when there is more.</summary>
    public static string TitleOf(string description)
    {
        var words = description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Take(TitleWords));
        if (title.Length > TitleLength)
        {
            var cut = title.LastIndexOf(' ', TitleLength);
            title = title[..(cut > 0 ? cut : TitleLength)];
        }
        return title.Length < string.Join(' ', words).Length ? $"{title}…" : title;
    }

    private (string Lat, string Long)? Coordinates() =>
        double.TryParse(Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90 &&
        double.TryParse(Long, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180
            ? (lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture))
            : null;
}
