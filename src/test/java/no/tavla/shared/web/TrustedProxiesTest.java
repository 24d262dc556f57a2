package no.tavla.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    @ParameterizedTest
    @CsvSource({
        "'127.0.0.1,::1', 127.0.0.1, true",
        "'127.0.0.1,::1', 0:0:0:0:0:0:0:1, true",
        "'127.0.0.1,::1', 10.0.0.1, false",
        "'127.0.0.1,::1', 192.168.1.10, false",
        "'127.0.0.1,::1', 127.0.0.10, false",
        "10.0.0.5, 10.0.0.5, true",
        "10.0.0.5, 10.0.0.50, false",
        "10.0.0.5, 110.0.0.5, false",
        "10.20.0.0/16, 10.20.255.3, true",
        "10.20.0.0/16, 10.21.0.3, false",
        "172.16.0.0/12, 172.31.200.1, true",
        "172.16.0.0/12, 172.32.0.1, false",
        "172.16.0.0/12, 172.15.0.1, false",
        "192.168.4.128/25, 192.168.4.200, true",
        "192.168.4.128/25, 192.168.4.127, false",
        "'  10.0.0.5 , 10.0.1.0/24 ', 10.0.1.77, true",
        "'', 127.0.0.1, true",
        "'', 10.1.1.1, false"
    })
    void onlyTheListedProxiesAreBelieved(String setting, String remoteAddress, boolean trusted) {
        assertThat(Pattern.compile(TrustedProxies.regex(setting)).matcher(remoteAddress).matches())
                .as("%s from %s", setting, remoteAddress).isEqualTo(trusted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.kommune.no", "10.0.0.256", "10.0.0.0/33", "10.0.0.0/x", "::1/64", ",",
        ".*"})
    void anythingElseStopsStartUpNamingTheSetting(String setting) {
        assertThatThrownBy(() -> TrustedProxies.regex(setting)).isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_TRUSTED_PROXIES");
    }
}
