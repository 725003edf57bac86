package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"iter"
	"log"
	"net/http"
	"os/exec"
)

// commands yields the command lines for a target, one at a time.
func commands(target string) iter.Seq[string] {
	return func(yield func(string) bool) {
		yield("ping -c 1 " + target)
	}
}

func names(first, second string) iter.Seq[string] {
	return func(yield func(string) bool) {
		yield(first + second)
	}
}

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
	for fixed := range commands("localhost") {
		// plumb-ok: command-injection
		exec.Command("sh", "-c", fixed).Run()
	}
	for requested := range commands(host) {
		// plumb-expect: command-injection
		exec.Command("sh", "-c", requested).Run()
	}

	for legacy := range names("MD", "5") {
		// plumb-expect: weak-hash
		newHash(legacy).Sum(nil)
	}
	for strong := range names("SHA-", "256") {
		// plumb-ok: weak-hash
		newHash(strong).Sum(nil)
	}
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
