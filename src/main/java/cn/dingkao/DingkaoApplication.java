package cn.dingkao;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring configuration root. Kept empty so that test slices work; the command line lives in
 * {@link cn.dingkao.cli.Dingkao}.
 */
@SpringBootApplication
public class DingkaoApplication {
}
