package cn.dingkao.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chromium.ChromiumDriver;

/** The browser walks' screenshots: the whole page, not only the window, so a reviewer sees what a user would scroll to. */
final class Screenshots {

	private Screenshots() {
	}

	/**
	 * Saves the whole page as a PNG at the window's width (clipped to it: a capture beyond the viewport lays the
	 * page out without the scrollbar). Chromium 156 may then ignore the next click on the page (a logout that never
	 * leaves it): a walk that clicks on after a screenshot opens the page again first.
	 */
	static void wholePage(ChromiumDriver browser, Path target) throws Exception {
		Files.createDirectories(target.getParent());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) browser.executeScript("return {w: window.innerWidth, "
				+ "h: Math.max(document.documentElement.scrollHeight, window.innerHeight)};");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("w"), "height", size.get("h"), "scale", 1);
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true, "clip", clip));
		Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
	}

}
