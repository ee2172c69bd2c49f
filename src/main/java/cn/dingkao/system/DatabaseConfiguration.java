package cn.dingkao.system;

import java.util.Properties;

import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same mappers run on H2 (MySQL mode) and MySQL/MariaDB. Where their SQL must differ (upserts,
 * locking), a mapper statement carries {@code databaseId="h2"} or {@code databaseId="mysql"}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	DatabaseIdProvider databaseIdProvider() {
		Properties vendors = new Properties();
		vendors.setProperty("H2", "h2");
		vendors.setProperty("MySQL", "mysql");
		vendors.setProperty("MariaDB", "mysql");
		VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
		provider.setProperties(vendors);
		return provider;
	}

}
