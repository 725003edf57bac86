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

type Target interface {
	Host() string
}

type FixedTarget struct{}

func (FixedTarget) Host() string {
	return "localhost"
}

type RequestTarget struct {
	host string
}

func (t RequestTarget) Host() string {
	return t.host
}

type Policy interface {
	Algorithm() string
}

type LegacyPolicy struct{}

func (LegacyPolicy) Algorithm() string {
	return "MD5"
}

type ModernPolicy struct{}

func (ModernPolicy) Algorithm() string {
	return "SHA-256"
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
	var fixed Target = FixedTarget{}
	var requested Target = RequestTarget{host: host}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed.Host()).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+requested.Host()).Run()

	var legacy Policy = LegacyPolicy{}
	var modern Policy = ModernPolicy{}
	// plumb-expect: weak-hash
	newHash(legacy.Algorithm()).Sum(nil)
	// plumb-ok: weak-hash
	newHash(modern.Algorithm()).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
