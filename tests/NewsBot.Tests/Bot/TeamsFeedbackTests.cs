using NewsBot.Bot;
using Newtonsoft.Json.Linq;

namespace NewsBot.Tests.Bot;

public sealed class TeamsFeedbackTests
{
    [Fact]
    public void Parse_TeamsFeedbackWithJsonText_ReadsReactionAndText()
    {
        var value = JObject.Parse("""{ "actionName": "feedback", "actionValue": { "reaction": "dislike", "feedback": "{\"feedbackText\":\"Wrong date\"}" } }""");

        var feedback = TeamsFeedback.Parse(value);

        Assert.Equal(new TeamsFeedback { Reaction = "dislike", Text = "Wrong date" }, feedback);
    }

    [Fact]
    public void Parse_UnexpectedReaction_ReadsAsUnknown()
    {
        var value = JObject.Parse("""{ "actionName": "feedback", "actionValue": { "reaction": "evil\ninjected line" } }""");

        var feedback = TeamsFeedback.Parse(value);

        Assert.Equal(new TeamsFeedback { Reaction = "unknown", Text = string.Empty }, feedback);
    }

    [Theory]
    [InlineData("""{ "actionName": "somethingElse" }""")]
    [InlineData("""{ }""")]
    [InlineData("not json")]
    public void Parse_NotFeedback_IsNull(string value)
    {
        var feedback = TeamsFeedback.Parse(value);

        Assert.Null(feedback);
    }
}
