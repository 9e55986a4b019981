using System.Text.Json.Serialization;

namespace NewsBot.Retrieval;

/// <summary>The article log's records, serialized by generated code instead of reflection: a cold start reads every line.</summary>
[JsonSerializable(typeof(ArticleLog.LogRecord))]
internal sealed partial class ArticleLogJson : JsonSerializerContext;
