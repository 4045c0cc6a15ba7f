namespace PolicyExtract.Model;

/// <summary>
/// Stable keys for the metadata a source declares. Government information-disclosure blocks print the same field
/// under many labels (发文字号, 文号, 文件编号…); readers map every known label to one key and keep the printed
/// label in <see cref="MetadataEntry.Label"/>. Labels with no known key keep the printed label as their key.
/// </summary>
public static class MetadataKeys
{
    public const string IndexNumber = "indexNumber";
    public const string Issuer = "issuer";
    public const string DocumentNumber = "documentNumber";
    public const string WrittenDate = "writtenDate";
    public const string PublishDate = "publishDate";
    public const string Topic = "topic";
    public const string SubjectWords = "subjectWords";
    public const string Title = "title";
    public const string Validity = "validity";
    public const string Summary = "summary";
    public const string Source = "source";
    public const string EffectiveDate = "effectiveDate";
    public const string ExpiryDate = "expiryDate";
    public const string DisclosureMode = "disclosureMode";
    public const string DisclosureScope = "disclosureScope";

    /// <summary>The HTML page's &lt;title&gt;.</summary>
    public const string PageTitle = "pageTitle";

    /// <summary>
    /// Prefix of the &lt;meta name="…" content="…"&gt; tags government content systems write into article pages
    /// (ArticleTitle, PubDate, ContentSource, ColumnName, Keywords), kept under "meta." + the name as written.
    /// </summary>
    public const string PageMetaPrefix = "meta.";

    /// <summary>The page meta tags read as metadata (case-insensitive names).</summary>
    public static readonly IReadOnlyList<string> PageMetaNames = ["ArticleTitle", "PubDate", "ContentSource", "ColumnName", "Keywords", "Author"];

    /// <summary>DOCX core properties, kept apart from disclosure fields because they are often stale template values.</summary>
    public const string PropertiesTitle = "properties.title";
    public const string PropertiesCreator = "properties.creator";
    public const string PropertiesCreated = "properties.created";
    public const string PropertiesModified = "properties.modified";

    private static readonly Dictionary<string, string> ByLabel = new(StringComparer.Ordinal)
    {
        ["索引号"] = IndexNumber, ["信息索引号"] = IndexNumber, ["索引"] = IndexNumber, ["文档索引号"] = IndexNumber,
        ["发文机关"] = Issuer, ["发布机构"] = Issuer, ["发文单位"] = Issuer, ["发布单位"] = Issuer,
        ["发文机构"] = Issuer, ["制发机关"] = Issuer, ["成文单位"] = Issuer, ["发布机关"] = Issuer, ["信息发布机构"] = Issuer,
        ["发文字号"] = DocumentNumber, ["文号"] = DocumentNumber, ["文件编号"] = DocumentNumber,
        ["发文编号"] = DocumentNumber, ["文件文号"] = DocumentNumber, ["文件字号"] = DocumentNumber,
        ["成文日期"] = WrittenDate, ["生成日期"] = WrittenDate, ["成文时间"] = WrittenDate,
        ["印发日期"] = WrittenDate, ["发文日期"] = WrittenDate, ["成文"] = WrittenDate,
        ["发布日期"] = PublishDate, ["公开日期"] = PublishDate, ["发布时间"] = PublishDate, ["公开时间"] = PublishDate,
        ["主题分类"] = Topic, ["分类"] = Topic, ["主题类别"] = Topic, ["信息分类"] = Topic, ["组配分类"] = Topic, ["体裁分类"] = Topic,
        ["主题词"] = SubjectWords, ["关键词"] = SubjectWords, ["关键字"] = SubjectWords,
        ["标题"] = Title, ["名称"] = Title, ["文件名称"] = Title, ["信息名称"] = Title, ["文件标题"] = Title,
        ["效力状况"] = Validity, ["有效性"] = Validity, ["时效"] = Validity, ["效力状态"] = Validity,
        ["内容概述"] = Summary, ["摘要"] = Summary, ["内容概要"] = Summary,
        ["来源"] = Source, ["信息来源"] = Source,
        ["生效日期"] = EffectiveDate, ["实施日期"] = EffectiveDate, ["施行日期"] = EffectiveDate,
        ["废止日期"] = ExpiryDate, ["失效日期"] = ExpiryDate,
        ["公开方式"] = DisclosureMode, ["公开形式"] = DisclosureMode,
        ["公开范围"] = DisclosureScope,
    };

    /// <summary>
    /// Maps a printed disclosure label to its stable key. Spaces (索 引 号), full-width spaces and a trailing colon
    /// are ignored. Returns false when the label is not a known disclosure field.
    /// </summary>
    public static bool TryFromLabel(string label, out string key)
    {
        key = ByLabel.TryGetValue(CleanLabel(label), out var k) ? k : "";
        return key.Length > 0;
    }

    /// <summary>The label without spaces, a trailing colon or brackets around it ([索引号] → 索引号).</summary>
    public static string CleanLabel(string label)
    {
        var sb = new System.Text.StringBuilder(label.Length);
        foreach (var c in label)
            if (!char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u3000')
                sb.Append(c);
        var s = sb.ToString().TrimEnd(':', '：').Trim('[', ']', '【', '】');
        return s;
    }

    /// <summary>Every known label, longest first, for readers that find a label at the start of "label：value" text.</summary>
    public static IReadOnlyList<string> Labels { get; } = ByLabel.Keys.OrderByDescending(l => l.Length).ToList();
}
