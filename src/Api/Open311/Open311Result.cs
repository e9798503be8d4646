using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Xml;

namespace OneStop.Api.Open311;

/// <summary>The two formats of GeoReport v2, chosen by the extension of the resource: <c>requests.json</c>, <c>requests.xml</c>.</summary>
public enum Open311Format
{
    Json,
    Xml,
}

/// <summary>
/// An Open311 document in the requested format. XML is made from the JSON form of the same object: each property
/// becomes an element of that name, and the items of a list are wrapped in the element the specification names
/// (<c>&lt;services&gt;&lt;service&gt;</c>, <c>&lt;service_requests&gt;&lt;request&gt;</c>, <c>&lt;errors&gt;&lt;error&gt;</c>…).
/// </summary>
public sealed class Open311Result(Open311Format format, string root, object document, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string JsonContentType = "application/json";
    public const string XmlContentType = "text/xml";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Vietnamese stays readable; JSON escaping of markup characters is kept.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The element around each item of a list, by the list's element name.</summary>
    private static readonly Dictionary<string, string> ItemElements = new()
    {
        ["services"] = "service",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
        ["attributes"] = "attribute",
        ["values"] = "value",
    };

    public int StatusCode => statusCode;

    public static bool TryParseFormat(string? extension, out Open311Format format)
    {
        format = extension?.ToLowerInvariant() switch
        {
            "json" => Open311Format.Json,
            "xml" => Open311Format.Xml,
            _ => (Open311Format)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>A format the group's filter already accepted.</summary>
    public static Open311Format Format(string extension) =>
        TryParseFormat(extension, out var format) ? format : throw new ArgumentOutOfRangeException(nameof(extension), extension, "Not an Open311 format.");

    /// <summary>The specification's error array: one error per description, each with the HTTP status as its code.</summary>
    public static Open311Result Errors(Open311Format format, int statusCode, IEnumerable<string> descriptions) =>
        new(format, "errors", descriptions.Select(description => new Open311Error(statusCode, description)).ToList(), statusCode);

    /// <inheritdoc cref="Errors(Open311Format, int, IEnumerable{string})"/>
    public static Open311Result Errors(Open311Format format, int statusCode, string description) => Errors(format, statusCode, [description]);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (format == Open311Format.Json)
        {
            response.ContentType = $"{JsonContentType}; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, document, document.GetType(), JsonOptions, httpContext.RequestAborted);
            return;
        }
        response.ContentType = $"{XmlContentType}; charset=utf-8";
        await response.Body.WriteAsync(ToXml(), httpContext.RequestAborted);
    }

    /// <summary>The document as UTF-8 XML with its declaration.</summary>
    public byte[] ToXml()
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            WriteElement(writer, root, JsonSerializer.SerializeToNode(document, document.GetType(), JsonOptions));
            writer.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? node)
    {
        writer.WriteStartElement(name);
        switch (node)
        {
            case JsonObject properties:
                foreach (var (property, value) in properties)
                {
                    WriteElement(writer, property, value);
                }
                break;
            case JsonArray items:
                var item = ItemElements.GetValueOrDefault(name) ?? throw new InvalidOperationException($"No XML element is named for the items of '{name}'.");
                foreach (var value in items)
                {
                    WriteElement(writer, item, value);
                }
                break;
            case JsonValue value:
                writer.WriteString(value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.ToJsonString(),
                });
                break;
        }
        writer.WriteEndElement();
    }
}
