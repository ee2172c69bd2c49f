package cn.dingkao.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the program reads and writes ({@code dingkao.*}): the inbox of input files and the output folder
 * (workbooks, feed, rejects, logs). The command line sets both from {@code --input} and {@code --out}; the web
 * and the schedule use them for the nights they start. (The embedded database's folder, {@code dingkao.data-dir},
 * is read by the datasource URL in application.properties.)
 */
@ConfigurationProperties("dingkao")
public record DingkaoProperties(@DefaultValue("sample-input") Path inputDir, @DefaultValue("out") Path outDir) {
}
