using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answering;
using NewsBot.Bot;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>The composition root: what NewsBot registers, and the endpoints it maps.</summary>
public static class NewsBotHostingExtensions
{
    /// <summary>The service key of the embedding model itself, beneath the sentence-vector cache.</summary>
    public const string EmbeddingModelKey = "embedding-model";

    /// <summary>Everything but the bot: options, the coverage, and the kernel with the coverage plugin.</summary>
    public static IHostApplicationBuilder AddNewsBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var services = builder.Services;
        services.AddOptions<CoverageOptions>()
            .BindConfiguration(CoverageOptions.SectionName)
            .PostConfigure<IHostEnvironment>((o, environment) =>
            {
                var contentRoot = environment.ContentRootPath;
                Resolve(o.Folders, contentRoot);
                Resolve(o.Corpora, contentRoot);
                o.DataDirectory = Path.GetFullPath(o.DataDirectory, contentRoot);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .PostConfigure<IHostEnvironment>((o, environment) => o.LeadModelPath = string.IsNullOrEmpty(o.LeadModelPath) ? null : Path.GetFullPath(o.LeadModelPath, environment.ContentRootPath))
            .Validate(o => o.LeadModelPath is null || File.Exists(o.LeadModelPath), "Answering:LeadModelPath names no file.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AnsweringOptions>>().Value.LeadModelPath is { } path ? LeadModel.Load(path) : LeadModel.Default);

        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .PostConfigure<IHostEnvironment>((o, environment) => o.RerankerModelPath = string.IsNullOrEmpty(o.RerankerModelPath) ? null : Path.GetFullPath(o.RerankerModelPath, environment.ContentRootPath))
            .Validate(o => o.RerankerModelPath is null || File.Exists(o.RerankerModelPath), "Retrieval:RerankerModelPath names no file.")
            .Validate(o => !o.Reranker || RankModelReads(o.RerankerModelPath), "Retrieval:RerankerModelPath is not a model the re-ranker can read (malformed, or made for other features): retrain it with train-ranker.")
            .Validate(o => !o.Reranker || o.RerankKeep < o.RerankDepth, "Retrieval:RerankKeep must be less than Retrieval:RerankDepth, or the re-ranker would compute its features and move nothing.")
            .Validate(o => !o.Reranker || o.RerankDepth <= o.Depth, "Retrieval:RerankDepth must not exceed Retrieval:Depth: the re-ranker reads the fused candidates, which are read Depth deep.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // The local model loads on first use, so registering it costs nothing when Embedding:Enabled is false. Sentences
        // reach it through the persistent cache, questions directly; both take it under EmbeddingModelKey, the one place a
        // host swaps or wraps the model.
        services.AddSingleton<ArcticEmbeddingGenerator>();
        services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingModelKey, (sp, _) => sp.GetRequiredService<ArcticEmbeddingGenerator>());
        services.AddSingleton(sp => new FileCachingEmbeddingGenerator(
            sp.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingModelKey),
            sp.GetRequiredService<ILogger<FileCachingEmbeddingGenerator>>()));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<FileCachingEmbeddingGenerator>());
        services.AddSingleton(sp => new SentenceEmbedder(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>(),
            queryGenerator: sp.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingModelKey)));

        services.AddSingleton(TimeProvider.System);
        // The coverage store is chosen here and only here; the library above it serves whatever the store publishes.
        services.AddSingleton<ICoverageStore>(sp => new EmbeddedCoverageStore(
            sp.GetRequiredService<IOptions<CoverageOptions>>(),
            sp.GetRequiredService<ILogger<EmbeddedCoverageStore>>(),
            sp.GetRequiredService<IOptions<RetrievalOptions>>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>(),
            sp.GetRequiredService<SentenceEmbedder>(),
            sp.GetRequiredService<FileCachingEmbeddingGenerator>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CoverageLibrary>();
        if (ReplicationHostingExtensions.UsesPostgres(builder.Configuration))
        {
            builder.AddCoverageReplica();
        }
        else
        {
            services.TryAddSingleton(new CoverageStartup(SourcesBehind: false));
            services.AddHostedService<CoverageLoader>();
        }

        var kernel = services.AddKernel();
        kernel.Plugins.AddFromType<CoveragePlugin>(CoveragePlugin.PluginName);
        builder.AddLlm(kernel);
        services.AddTransient<FollowUpSuggester>();
        return builder;
    }

    /// <summary>The whole bot: <see cref="AddNewsBotCore"/> plus the Bot Framework endpoint and its limits.</summary>
    public static WebApplicationBuilder AddNewsBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The bot serves its published generation at once and reads the sources behind it (the verbs read them first).
        builder.Services.AddSingleton(new CoverageStartup(SourcesBehind: true));
        builder.AddNewsBotCore();
        if (!ReplicationHostingExtensions.UsesPostgres(builder.Configuration))
        {
            // It listens from its StartingAsync, before the loader reads the sources, wherever it is added.
            builder.Services.AddHostedService<CoverageWatcher>();
        }

        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.AddFleetState();
        builder.Services.AddBotEndpoint(builder.Configuration);
        return builder;
    }

    private static void Resolve(IList<string> paths, string contentRoot)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            paths[i] = Path.GetFullPath(paths[i], contentRoot);
        }
    }

    public static WebApplication MapNewsBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapBotEndpoint();
        app.MapGet("/", () => Results.Text($"NewsBot is running. Point the Bot Framework Emulator at {BotEndpoint.Route} on this address.\n"));
        app.MapGet("/healthz", (CoverageLibrary library) => library.Current is { } index
            ? Results.Ok(new { status = "ready", articles = index.Corpus.ArticleCount, sentences = index.Corpus.SentenceCount })
            : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    /// <summary>True when the re-ranker's model (the file, or the embedded one) reads and is sound, so no turn fails on it.</summary>
    private static bool RankModelReads(string? path)
    {
        try
        {
            _ = Ranking.RankModel.For(path);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
