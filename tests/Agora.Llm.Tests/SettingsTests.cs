namespace Agora.Llm.Tests;

public sealed class SettingsTests
{
    [Fact]
    public void Flags_beat_the_spec_file_which_beats_the_environment()
    {
        var environment = LlmSettingsSource.FromEnvironment(name => name switch
        {
            "AGORA_LLM_ENDPOINT" => "http://env.example/v1",
            "AGORA_LLM_MODEL" => "env-model",
            _ => null,
        });
        var spec = new LlmSettingsSource(Model: "spec-model", Temperature: 0.7);
        var flags = new LlmSettingsSource(Temperature: 0.2);
        var options = LlmSettingsSource.Resolve(flags, spec, environment);
        Assert.Equal(new Uri("http://env.example/v1/"), options.Endpoint);
        Assert.Equal("spec-model", options.Model);
        Assert.Equal(0.2, options.Temperature);
        Assert.Equal(1, options.MaxTokens);
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_the_value()
    {
        Assert.Contains("not-a-url", Assert.Throws<ArgumentException>(() => LlmSettingsSource.Resolve(new LlmSettingsSource(Endpoint: "not-a-url"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LlmSettingsSource.Resolve(new LlmSettingsSource(Temperature: 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LlmSettingsSource.Resolve(new LlmSettingsSource(MaxConcurrency: 0)));
        Assert.Throws<ArgumentException>(() => LlmSettingsSource.Resolve(new LlmSettingsSource(TimeoutSeconds: -1)));
    }

    [Fact]
    public void The_api_key_is_not_an_option_and_never_appears_in_their_text()
    {
        Assert.DoesNotContain(typeof(LlmOptions).GetProperties(), p => p.Name.Contains("Key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(typeof(LlmSettingsSource).GetProperties(), p => p.Name.Contains("Key", StringComparison.OrdinalIgnoreCase));
    }
}
