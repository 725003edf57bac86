package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
)

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	statusMode := "status"
	var fixed string
	switch statusMode {
	case "ping":
		fixed = "ping -c 1 " + host
	case "status":
		fixed = "uptime"
	default:
		panic(statusMode)
	}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", fixed).Run()
	pingMode := "ping"
	var requested string
	switch pingMode {
	case "ping":
		requested = "ping -c 1 " + host
	case "status":
		requested = "uptime"
	default:
		panic(pingMode)
	}
	// plumb-expect: command-injection
	exec.Command("sh", "-c", requested).Run()

	level := "legacy"
	var legacy string
	switch level {
	case "legacy":
		legacy = "MD5"
	case "modern":
		legacy = "SHA-256"
	default:
		panic(level)
	}
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	modernLevel := "modern"
	var strong string
	switch modernLevel {
	case "legacy":
		strong = "MD5"
	case "modern":
		strong = "SHA-256"
	default:
		panic(modernLevel)
	}
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
