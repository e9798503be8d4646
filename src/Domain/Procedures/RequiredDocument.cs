namespace OneStop.Domain.Procedures;

public enum DocumentForm
{
    Original = 1,
    Copy = 2,
    OriginalOrCopy = 3,
}

/// <summary>A component (thành phần hồ sơ) the applicant must supply.</summary>
public sealed class RequiredDocument
{
    public string Name { get; private set; } = null!;
    public DocumentForm Form { get; private set; }
    public int Count { get; private set; }
    public string? TemplateFileName { get; private set; }

    private RequiredDocument() { }

    public RequiredDocument(string name, DocumentForm form, int count, string? templateFileName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Name = name.Trim();
        Form = form;
        Count = count;
        TemplateFileName = string.IsNullOrWhiteSpace(templateFileName) ? null : templateFileName.Trim();
    }
}
