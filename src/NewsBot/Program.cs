using NewsBot.Hosting;

if (NewsBotCommands.VerbOf(args) is not null)
{
    return await NewsBotCommands.InvokeAsync(args, Console.Out, Console.Error, handleTermination: true);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Locate(args) });
builder.AddNewsBot();

var app = builder.Build();
app.MapNewsBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests.</summary>
public partial class Program;
