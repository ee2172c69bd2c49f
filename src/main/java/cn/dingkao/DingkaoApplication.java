package cn.dingkao;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spring configuration root. Kept empty so that test slices work; the command line lives in
 * {@link cn.dingkao.cli.Dingkao}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DingkaoApplication {
}
