package cn.dingkao.message;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of messages that need no database: phone numbers, masks, quiet hours, back-off. */
class MessageRulesTests {

	@Test
	@DisplayName("spec §Phones: 11 digits 1[3-9]…, as people write them; anything else is no mobile number")
	void phoneNumbers() {
		assertThat(PhoneNumbers.normalize("13812345678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalize(" 138 1234 5678 ")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalize("+86 138-1234-5678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalize("19912345678.0")).isEqualTo("19912345678");
		for (String bad : new String[] { "", "12812345678", "10812345678", "1381234567", "138123456789", "010-62345678",
				"1.38123E+10", "１３８１２３４５６７８", "13812345678x", "+8513812345678", "86138123456789" }) {
			assertThat(PhoneNumbers.normalize(bad)).as(bad).isNull();
		}
		assertThat(PhoneNumbers.normalize(null)).isNull();
	}

	@Test
	@DisplayName("spec §Phones: any valid number, in any of the accepted spellings, comes back as its 11 digits; the mask keeps 3 + 4")
	void phoneNumbersAtRandom() {
		Random random = new Random(24);
		for (int i = 0; i < 5000; i++) {
			String digits = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
			String written = switch (random.nextInt(4)) {
				case 0 -> digits;
				case 1 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
				case 2 -> "+86" + (random.nextBoolean() ? " " : "") + digits.substring(0, 3) + "-" + digits.substring(3);
				default -> digits + ".0";
			};
			assertThat(PhoneNumbers.normalize(written)).as(written).isEqualTo(digits);
			assertThat(PhoneNumbers.mask(digits)).isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
			String cut = digits.substring(0, 1 + random.nextInt(10));
			assertThat(PhoneNumbers.normalize(cut)).as(cut).isNull();
		}
		assertThat(PhoneNumbers.mask("")).isEmpty();
		assertThat(PhoneNumbers.mask("1234")).isEqualTo("****");
	}

	@Test
	@DisplayName("spec §Seeing it coming: reminders and digests only 08:00–20:00 Beijing time; codes at any hour")
	void quietHours() {
		LocalDateTime day = LocalDateTime.of(2026, 4, 10, 0, 0);
		assertThat(MessagePurpose.REMINDER.deliverableFrom(day.withHour(7).withMinute(59).withSecond(59)))
			.isEqualTo(day.withHour(8));
		assertThat(MessagePurpose.REMINDER.deliverableFrom(day.withHour(8))).isEqualTo(day.withHour(8));
		LocalDateTime lastMinute = day.withHour(19).withMinute(59).withSecond(59);
		assertThat(MessagePurpose.DIGEST.deliverableFrom(lastMinute)).isEqualTo(lastMinute);
		assertThat(MessagePurpose.DIGEST.deliverableFrom(day.withHour(20))).isEqualTo(day.plusDays(1).withHour(8));
		assertThat(MessagePurpose.VERIFICATION_CODE.deliverableFrom(day.withHour(3))).isEqualTo(day.withHour(3));
		assertThat(MessagePurpose.VERIFICATION_CODE.validity()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	@DisplayName("retries: the wait doubles from the first, never beyond the maximum")
	void backOff() {
		SmsProperties properties = new SmsProperties("log", Duration.ofSeconds(2), 10, Duration.ofSeconds(10),
				Duration.ofMinutes(1), Duration.ofSeconds(30), null);
		assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(properties.retryAfter(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(properties.retryAfter(4)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.retryAfter(60)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("NEWS contract: a message needs a purpose, a mobile number and a text of 1–500 characters")
	void outgoingMessage() {
		assertThatThrownBy(() -> new OutgoingMessage(MessagePurpose.REMINDER, "010-62345678", null, "x", null))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("****");
		assertThatThrownBy(() -> new OutgoingMessage(MessagePurpose.REMINDER, "13812345678", null, " ", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutgoingMessage(null, "13812345678", null, "x", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new OutgoingMessage(MessagePurpose.REMINDER, "13812345678", null, "x", null).params()).isEmpty();
	}

}
