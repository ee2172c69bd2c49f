package cn.dingkao.system;

import java.util.List;
import java.util.Properties;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;

import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same mappers run on H2 (MySQL mode) and MySQL/MariaDB. Where their SQL must differ (upserts,
 * locking), a mapper statement carries {@code databaseId="h2"} or {@code databaseId="mysql"}.
 * The domain's types travel through MyBatis with type handlers, so no mapper or caller converts by hand:
 * cycles and outcomes as their codes, flags as Y/N, ';'-lists as {@code List<String>}; enums by their names (MyBatis' default).
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

	@Bean
	ConfigurationCustomizer domainTypeHandlers() {
		return configuration -> {
			TypeHandlerRegistry registry = configuration.getTypeHandlerRegistry();
			registry.register(Cycle.class, new CycleTypeHandler());
			registry.register(Boolean.class, new YesNoTypeHandler());
			registry.register(boolean.class, new YesNoTypeHandler());
			registry.register(List.class, new CodeListTypeHandler());
			registry.register(Outcome.class, new OutcomeTypeHandler());
			// records without an explicit map are built through their canonical constructors, columns matched to
			// parameter names (the ruling's hot reads have explicit maps: see ReconcileMapper.xml)
			configuration.setArgNameBasedConstructorAutoMapping(true);
			// our row types are package-private: opened once per type, not through an exception per row
			configuration.setObjectFactory(new AccessibleObjectFactory());
		};
	}

}
